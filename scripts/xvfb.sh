#!/usr/bin/env bash
# scripts/xvfb.sh: a private X server (and a private D-Bus session bus) for the real-window tests.
#
# Sourced (by xvfb-smoke.sh and screenshot.sh):
#     . scripts/xvfb.sh
#     tool_init            # temp dir, clean environment, one EXIT trap that undoes everything
#     xvfb_start           # Xvfb on a free display; exports DISPLAY and XAUTHORITY
#     bus_start            # dbus-daemon --session and a notification daemon on it;
#                          # exports DBUS_SESSION_BUS_ADDRESS
#     run_marked CMD...    # run CMD with this run's marker, so leftovers can be found and stopped
# Called:
#     scripts/xvfb.sh CMD [ARGS...]   run CMD under its own Xvfb and session bus, return its status
#     e.g. scripts/xvfb.sh ./bin/spinecoach --data-dir /tmp/sc
#
# Environment: XVFB_SCREEN (default 1280x800x24), NOTIFY_DAEMON=0 starts no notification daemon,
# KEEP_TMP=1 keeps the temp dir.
# Everything started here is stopped on exit: by its PID, and by a marker variable
# (SPINECOACH_TOOL_RUN=<random>) that every child inherits, so a stray agent, notification
# daemon or auto-launched bus of this run is found too. Nothing else is touched.

# Cleanups run in reverse order from one EXIT trap. Callers add theirs with cleanup_push.
_TOOL_CLEANUPS=()
cleanup_push() { _TOOL_CLEANUPS+=("$1"); }
_tool_cleanup() {
	local i
	for ((i = ${#_TOOL_CLEANUPS[@]} - 1; i >= 0; i--)); do
		eval "${_TOOL_CLEANUPS[i]}" || true
	done
	_TOOL_CLEANUPS=()
}

log() { printf '%s: %s\n' "${TOOL_NAME:-xvfb}" "$*" >&2; }
die() {
	log "FAIL: $*"
	exit 1
}

# need CMD...: fail with a hint if a tool from the test packages is missing.
need() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 ||
			die "'$c' not found; install the test packages with: scripts/deps.sh test (or: make deps-test)"
	done
}

# alive PID: the process exists and is not a zombie (a daemon that forked away is
# reparented to PID 1, which may be slow to reap it, and kill -0 succeeds on zombies).
alive() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[[ ${stat:0:1} != Z ]]
}

# ppid PID: the parent's PID.
ppid() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	stat=${stat##*) }
	# shellcheck disable=SC2086 # split the fields on purpose
	set -- $stat
	echo "$2"
}

# wait_for FILE REGEX SECONDS: poll until FILE has a line matching REGEX.
wait_for() {
	local file=$1 re=$2 secs=$3 i
	for ((i = 0; i < secs * 10; i++)); do
		grep -qE -- "$re" "$file" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# stop_pid PID NAME [GRACE_SECONDS]: SIGTERM, wait up to GRACE, then SIGKILL.
stop_pid() {
	local pid=$1 name=$2 grace=${3:-3} i
	alive "$pid" || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < grace * 10; i++)); do
		if ! alive "$pid"; then
			wait "$pid" 2>/dev/null || true # reap it if it is our child
			return 0
		fi
		sleep 0.1
	done
	log "$name (pid $pid) ignored SIGTERM for ${grace}s; sending SIGKILL"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# marked_pids: PIDs of live processes carrying this run's marker (never this shell).
marked_pids() {
	local f pid
	# One grep over all environ files; unreadable ones (other users, races) are skipped.
	# shellcheck disable=SC2013 # one path a line, no spaces
	for f in $(grep -lzxF "$TOOL_MARK" /proc/[0-9]*/environ 2>/dev/null); do
		pid=${f#/proc/}
		pid=${pid%/environ}
		# This shell, and the X server and bus, which are stopped by PID in their own turn.
		[[ $pid == "$$" || $pid == "$BASHPID" || $pid == "${XVFB_PID:-}" || $pid == "${BUS_PID:-}" || $pid == "${NOTIFYD_PID:-}" ]] && continue
		# Services the bus started (the notification daemon) go with the bus.
		[[ -n ${BUS_PID:-} && $(ppid "$pid") == "$BUS_PID" ]] && continue
		echo "$pid"
	done
}

# sweep_marked [QUIET]: stop every leftover process of this run; prints what it stopped.
sweep_marked() {
	local quiet=${1:-} pid pids
	pids=$(marked_pids)
	[[ -z $pids ]] && return 0
	for pid in $pids; do
		[[ -n $quiet ]] || log "stopping leftover process $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
		kill -TERM "$pid" 2>/dev/null || true
	done
	sleep 0.3
	for pid in $pids; do
		alive "$pid" && { sleep 1.5; break; }
	done
	for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
}

# run_marked CMD...: run CMD in the foreground with the marker set. To start one in the
# background with $! its own PID, write: env "$TOOL_MARK" CMD... &
run_marked() { env "$TOOL_MARK" "$@"; }

# tool_init: temp dir, environment, traps. Call once, before the others.
tool_init() {
	TOOL_RUN_ID=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
	TOOL_MARK="SPINECOACH_TOOL_RUN=$TOOL_RUN_ID"
	# The X server and the bus run in their own session, so a Ctrl+C or a signal to the whole
	# process group reaches the app, which quits while they still answer; then they are stopped.
	DETACH=
	command -v setsid >/dev/null 2>&1 && DETACH=setsid
	TOOL_TMP=$(mktemp -d "${TMPDIR:-/tmp}/spinecoach-tool.XXXXXX")
	# shellcheck disable=SC2154 # rc is set inside the trap
	trap 'rc=$?; trap - EXIT; _tool_cleanup; exit $rc' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	# shellcheck disable=SC2016 # expanded when the cleanup runs
	cleanup_push 'if [[ -n ${KEEP_TMP:-} ]]; then log "kept $TOOL_TMP"; else rm -rf "$TOOL_TMP"; fi'
	cleanup_push 'sweep_marked quiet'

	# English, in a form Fyne can parse: it reads LC_ALL, LC_MESSAGES, then LANG, drops the
	# ".UTF-8", and logs "Error parsing user locale C" for C and C.UTF-8 alike. Without an
	# en_US.UTF-8 locale, libc gets C.UTF-8 and only the message language says en_US.
	unset LC_ALL LC_MESSAGES LANGUAGE
	if locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8'; then
		export LANG=en_US.UTF-8
	else
		export LANG=C.UTF-8 LC_MESSAGES=en_US.UTF-8 2>/dev/null # bash warns it has no such locale
	fi
	# The default look, whatever the developer's desktop says.
	unset FYNE_THEME FYNE_SCALE FYNE_FONT SPINECOACH_DATA
	# Keep the app's preferences, caches and runtime files out of the real home, but not Go's:
	# a go command run under this (scripts/xvfb.sh go test ...) keeps its build cache and settings.
	export GOCACHE="${GOCACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/go-build}"
	export GOENV="${GOENV:-${XDG_CONFIG_HOME:-$HOME/.config}/go/env}"
	export XDG_CONFIG_HOME="$TOOL_TMP/config" XDG_CACHE_HOME="$TOOL_TMP/cache" XDG_DATA_HOME="$TOOL_TMP/share"
	export XDG_RUNTIME_DIR="$TOOL_TMP/runtime"
	mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
	chmod 700 "$XDG_RUNTIME_DIR"
	unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
	# No accessibility bus: GTK (the notification daemon) would have the bus start
	# at-spi-bus-launcher and a second dbus-daemon that outlive the run.
	export NO_AT_BRIDGE=1 GTK_A11Y=none
}

# xvfb_start: a private Xvfb on a free display (-displayfd), with its own auth cookie.
xvfb_start() {
	need Xvfb xauth xdpyinfo
	local screen=${XVFB_SCREEN:-1280x800x24} auth="$TOOL_TMP/Xauthority" fdfile="$TOOL_TMP/xvfb.displayfd"
	local cookie n i
	cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
	# The server accepts every cookie in its -auth file whatever display number it names,
	# so one entry is enough before we know the number; the client entry is added after.
	: >"$auth"
	xauth -q -f "$auth" add :0 . "$cookie"
	: >"$fdfile"
	env "$TOOL_MARK" $DETACH Xvfb -displayfd 3 -auth "$auth" -screen 0 "$screen" -dpi 96 -nolisten tcp -noreset \
		3>"$fdfile" >"$TOOL_TMP/xvfb.log" 2>&1 &
	XVFB_PID=$!
	cleanup_push "stop_pid $XVFB_PID Xvfb"
	# Xvfb writes the display number to fd 3 once it accepts connections.
	for ((i = 0; i < 100; i++)); do
		n=$(tr -dc '0-9' <"$fdfile")
		[[ -n $n ]] && grep -q $'\n' "$fdfile" && break
		alive "$XVFB_PID" || { cat "$TOOL_TMP/xvfb.log" >&2; die "Xvfb exited at start"; }
		sleep 0.1
	done
	[[ -n $n ]] || { cat "$TOOL_TMP/xvfb.log" >&2; die "Xvfb did not report a display within 10 s"; }
	export DISPLAY=":$n" XAUTHORITY="$auth"
	xauth -q -f "$auth" add "$DISPLAY" . "$cookie"
	for ((i = 0; i < 50; i++)); do
		xdpyinfo >/dev/null 2>&1 && {
			log "Xvfb $DISPLAY ($screen) ready, pid $XVFB_PID"
			return 0
		}
		sleep 0.1
	done
	cat "$TOOL_TMP/xvfb.log" >&2
	die "Xvfb $DISPLAY does not answer xdpyinfo after 5 s"
}

# bus_start: a private session bus, so nothing auto-launches a bus that outlives the run.
# Start it after xvfb_start: services it activates (the notification daemon) need DISPLAY.
bus_start() {
	need dbus-daemon
	local addrfile="$TOOL_TMP/bus.address" i
	: >"$addrfile"
	# --nofork keeps the daemon our child, so it is reaped here and leaves no zombie behind.
	env "$TOOL_MARK" $DETACH dbus-daemon --session --nofork --nopidfile --print-address=3 \
		3>"$addrfile" >"$TOOL_TMP/bus.log" 2>&1 &
	BUS_PID=$!
	cleanup_push "stop_pid $BUS_PID dbus-daemon"
	for ((i = 0; i < 50; i++)); do
		grep -q $'\n' "$addrfile" && break
		alive "$BUS_PID" || { cat "$TOOL_TMP/bus.log" >&2; die "dbus-daemon --session exited at start"; }
		sleep 0.1
	done
	DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$addrfile")
	[[ -n $DBUS_SESSION_BUS_ADDRESS ]] || die "dbus-daemon printed no address within 5 s"
	export DBUS_SESSION_BUS_ADDRESS
	log "session bus ready, pid $BUS_PID"
	[[ ${NOTIFY_DAEMON:-1} == 0 ]] || notifyd_start
}

# notifyd_start: a notification daemon on the bus (Debian's ships no D-Bus activation file, so
# nothing would start one), so desktop notifications behave as on a desktop.
notifyd_start() {
	local bin=/usr/lib/notification-daemon/notification-daemon i
	if [[ ! -x $bin ]]; then
		log "note: no $bin (package notification-daemon): notifications will fail"
		return 0
	fi
	env "$TOOL_MARK" $DETACH "$bin" >"$TOOL_TMP/notifyd.log" 2>&1 &
	NOTIFYD_PID=$!
	cleanup_push "stop_pid $NOTIFYD_PID notification-daemon"
	for ((i = 0; i < 50; i++)); do
		if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
			org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'; then
			log "notification daemon ready, pid $NOTIFYD_PID"
			return 0
		fi
		alive "$NOTIFYD_PID" || break
		sleep 0.1
	done
	log "warning: the notification daemon did not come up; see $TOOL_TMP/notifyd.log"
}

# find_window REGEX PID TIMEOUT: print the id of the first visible window whose name matches,
# polling while PID lives; fails after TIMEOUT seconds or when PID exits.
find_window() {
	local re=$1 pid=$2 timeout=${3:-20} wid i
	for ((i = 0; i < timeout * 5; i++)); do
		wid=$(xdotool search --onlyvisible --name "$re" 2>/dev/null | head -n1 || true)
		[[ -n $wid ]] && {
			echo "$wid"
			return 0
		}
		alive "$pid" || return 2
		sleep 0.2
	done
	return 1
}

# regex_quote STRING: STRING as an anchored extended regex, for xdotool --name.
# shellcheck disable=SC2016 # a sed expression, not a shell one
regex_quote() { printf '^%s$' "$(printf '%s' "$1" | sed 's/[][\.*^$(){}+?|/]/\\&/g')"; }

# img_colors FILE / img_stddev FILE: unique colours, and standard deviation in 0..1.
img_colors() { identify -format '%k' "$1"; }
img_stddev() { identify -format '%[fx:standard_deviation]' "$1"; }

# img_diff A B: number of pixels that differ (by more than 2%); sizes that differ count as all.
img_diff() {
	local out
	if [[ $(identify -format '%wx%h' "$1") != "$(identify -format '%wx%h' "$2")" ]]; then
		identify -format '%[fx:w*h]' "$1"
		return 0
	fi
	out=$(compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 || true)
	out=${out%% *}
	[[ $out =~ ^[0-9.e+]+$ ]] || { log "compare failed: $out"; echo -1; return 0; }
	printf '%.0f\n' "$out"
}

# x11_close WINDOW: ask the window to close as a window manager's close button does
# (a WM_DELETE_WINDOW client message). xdotool 3.2016 cannot, and there is no window manager
# under Xvfb to turn wmctrl -c into one, so a tiny Xlib helper is compiled once into build/.
x11_close() {
	local wid=$1 root helper src
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	helper="$root/build/tools/x11-close"
	if [[ ! -x $helper ]]; then
		command -v gcc >/dev/null 2>&1 || return 1
		mkdir -p "$root/build/tools"
		src="$TOOL_TMP/x11-close.c"
		cat >"$src" <<'EOF'
#include <X11/Xlib.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
	if (argc != 2) { fprintf(stderr, "usage: x11-close WINDOW\n"); return 2; }
	Display *d = XOpenDisplay(NULL);
	if (!d) { fprintf(stderr, "x11-close: cannot open display\n"); return 1; }
	Window w = (Window)strtoul(argv[1], NULL, 0);
	XEvent e = {0};
	e.xclient.type = ClientMessage;
	e.xclient.window = w;
	e.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
	e.xclient.format = 32;
	e.xclient.data.l[0] = (long)XInternAtom(d, "WM_DELETE_WINDOW", False);
	e.xclient.data.l[1] = CurrentTime;
	XSendEvent(d, w, False, NoEventMask, &e);
	XSync(d, False);
	XCloseDisplay(d);
	return 0;
}
EOF
		gcc -O2 -o "$helper.tmp" "$src" -lX11 2>"$TOOL_TMP/x11-close.log" || return 1
		mv "$helper.tmp" "$helper"
	fi
	"$helper" "$wid"
}

# Called, not sourced: run the command under a private X server and session bus.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
	set -euo pipefail
	TOOL_NAME=xvfb
	if [[ $# -eq 0 || $1 == -h || $1 == --help ]]; then
		sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
		exit 2
	fi
	tool_init
	xvfb_start
	bus_start
	status=0
	run_marked "$@" || status=$?
	exit "$status"
fi

# at_local_noon sets TZ so that local time is about noon, whatever the hour: test data whose
# day ends at 23:59 would otherwise see a reminder due in a few seconds, or a snooze, pass
# midnight to the next day's first session. The schedule's own tests (internal/schedule)
# cover midnight. It needs tzdata (scripts/deps.sh test).
at_local_noon() {
	TZ=Etc/GMT$(printf %+d $((10#$(date -u +%H) - 12)))
	export TZ
}
