#!/usr/bin/env bash
# scripts/screenshot.sh OUT.png [STEP...]: a screenshot of the app's window, for the README
# (docs/screenshot.png, via `make screenshot`) and for reviewing screens.
#
# Under a private Xvfb and session bus, with a fresh data dir, it starts the app, resizes its
# window to 1100x800, plays the steps, waits for the UI to settle and saves just the window.
# A STEP is an xdotool key name or chord (Return, Tab, space, ctrl+h, ...), or
#   sleep:SECONDS   wait, e.g. for an animation or a countdown to move on
#   type:TEXT       type TEXT
# e.g. scripts/screenshot.sh build/session.png Return sleep:3
#
# Environment (defaults in brackets):
#   BIN [bin/spinecoach]  the app (built beforehand: make build)
#   APP_ARGS []           extra arguments for the app (word-split)
#   WINDOW_NAME ["Spine Coach"], WINDOW_TIMEOUT [20]
#   SIZE [1100x800]       window size
#   SETTLE [1.5]          seconds to wait after the last step
#   SETTINGS [answered the first-run question]  the settings.json the app starts with
#   APP_LOCALE [English]  the app's language as a locale, e.g. ru_RU
set -euo pipefail
TOOL_NAME=screenshot
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
	sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
fi
out=$1
shift
case $out in /*) ;; *) out="$PWD/$out" ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/xvfb.sh

BIN=${BIN:-bin/spinecoach}
WINDOW_NAME=${WINDOW_NAME:-Spine Coach}
SIZE=${SIZE:-1100x800}
[[ -x $BIN ]] || die "app binary $BIN not found or not executable (run: make build)"
[[ $SIZE =~ ^[0-9]+x[0-9]+$ ]] || die "SIZE must look like 1100x800, not $SIZE"
need xdotool import identify
mkdir -p "$(dirname "$out")"

tool_init
xvfb_start
bus_start
mkdir -p "$TOOL_TMP/data"
# A user who has answered the first-run question about reminders at login, so the picture shows
# the screen itself rather than that question. SETTINGS may give other settings, e.g. a text size.
default_settings='{"start_at_login_asked": true, "start_at_login": false}'
[[ -f $TOOL_TMP/data/settings.json ]] || printf '%s\n' "${SETTINGS:-$default_settings}" >"$TOOL_TMP/data/settings.json"
locale_env=()
[[ -n ${APP_LOCALE:-} ]] && locale_env=(LANGUAGE="${APP_LOCALE%%_*}" LC_ALL="$APP_LOCALE.UTF-8")
# shellcheck disable=SC2086 # APP_ARGS is word-split on purpose
env "$TOOL_MARK" ${locale_env[@]+"${locale_env[@]}"} "$BIN" --data-dir "$TOOL_TMP/data" ${APP_ARGS:-} >"$TOOL_TMP/app.log" 2>&1 &
app=$!
cleanup_push "stop_pid $app app"
fail_with_log() {
	log "FAIL: $*"
	tail -n 40 "$TOOL_TMP/app.log" >&2 || true
	exit 1
}

set +e
wid=$(find_window "$(regex_quote "$WINDOW_NAME")" "$app" "${WINDOW_TIMEOUT:-20}")
found=$?
set -e
((found == 0)) || fail_with_log "no window named \"$WINDOW_NAME\" appeared"

# resize: ask for SIZE until the window has it (the app may still be setting its own size
# while it starts, and win the race).
resize() {
	local i
	for ((i = 0; i < 20; i++)); do
		[[ $(win_size) == "$SIZE" ]] && return 0
		xdotool windowsize "$wid" "${SIZE%x*}" "${SIZE#*x}"
		sleep 0.25
	done
	log "warning: the window stays $(win_size), not $SIZE"
}
win_size() { xdotool getwindowgeometry "$wid" | sed -n 's/^ *Geometry: *//p'; }
sleep 0.3 # let the app finish mapping and sizing its window
resize
timeout 3 xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
sleep 0.3

for step in "$@"; do
	case $step in
	sleep:*) sleep "${step#sleep:}" ;;
	type:*) xdotool type --delay 30 "${step#type:}" ;;
	*) xdotool key --clearmodifiers "$step" ;;
	esac
	sleep 0.3
	alive "$app" || fail_with_log "the app exited after step '$step'"
done
sleep "${SETTLE:-1.5}"
alive "$app" || fail_with_log "the app exited"

resize
import -window "$wid" "$out"
log "$out: $(identify -format '%wx%h, %k colours' "$out")"
