#!/usr/bin/env bash
# scripts/fault-drill.sh [BIN]: the attacks of issue 14, end to end against the built binary
# (default bin/spinecoach); it builds nothing (`make test` builds first).
#
# Under a private Xvfb and private D-Bus session buses it mounts a hostile environment around
# the app and checks that nothing is lost and no reminder is swallowed:
#   full disk        a 1 MiB tmpfs filled up (as root where `mount -t tmpfs` works; otherwise the
#                    injected ENOSPC of the Go tests stands in, and the table says so): a session
#                    in a real window is told at the first failed write, kept, saved once space
#                    is back, and no torn line or 0-byte .corrupt file is left
#   read-only folder a read-only bind mount (or, without mount, a folder the user cannot write):
#                    the window says sessions cannot be saved there, export reads what it can,
#                    nothing is changed
#   kill -9          the window killed mid-session: the checkpoint is offered, saved once, and
#                    not offered again; a checkpoint whose session is already saved is dropped
#   future records   a session dated 2031 and a snooze to 2099 do not silence the agent
#   duplicate ids    the same session twice in the journal counts once
#   clock set back   the Go tests of the simulated clock (schedule, window record)
#   dead bus         an agent of a finished dbus-run-session ends with it; the next session's
#                    agent sends its Notify (two dbus-run-session runs)
#   frozen bus       a stopped dbus-daemon: the agent still answers its socket
#   socket attacks   20 idle connections, a squatted socket folder, another user's connection
#   export           - is stdout, a link is written through, a FIFO stays a FIFO, a kill leaves
#                    no temporary file, export changes nothing
#   oversized input  a 1 MiB settings.json and a 1 MiB journal line are set aside
# It prints a table attack -> held / LOST and exits non-zero on any loss. Logs: build/fault-drill/.
# Environment: DRILL_OUT [build/fault-drill], GO [go].
set -euo pipefail
# shellcheck disable=SC2034 # read by scripts/xvfb.sh
TOOL_NAME=fault-drill
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
at_local_noon

BIN=${1:-bin/spinecoach}
OUT=${DRILL_OUT:-build/fault-drill}
GO=${GO:-go}
[[ -x $BIN ]] || {
	printf 'FAIL binary %s not found or not executable (run: make build)\n' "$BIN"
	exit 1
}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/*.log "$OUT"/*.png

RESULTS=()
losses=0
held() { RESULTS+=("$(printf '%-58s held  %s' "$1" "$2")"); }
lost() {
	RESULTS+=("$(printf '%-58s LOST  %s' "$1" "$2")")
	losses=$((losses + 1))
}
# verdict NAME DETAIL CMD...: held when CMD succeeds.
verdict() {
	local name=$1 detail=$2
	shift 2
	if "$@"; then held "$name" "$detail"; else lost "$name" "$detail"; fi
}

# gone PID SECONDS: wait until PID is gone.
gone() {
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		alive "$1" || return 0
		sleep 0.1
	done
	return 1
}

# session_line ID START_EPOCH END_EPOCH: one journal line of a finished session.
session_line() {
	printf '{"v":1,"kind":"session","session":{"id":"%s","program":"lumbar","start":"%s","end":"%s","completed":true,"exercises":[]}}\n' \
		"$1" "$(date -u -d "@$2" +%Y-%m-%dT%H:%M:%SZ)" "$(date -u -d "@$3" +%Y-%m-%dT%H:%M:%SZ)"
}

# settings FILE: a user who answered the first-run question; the day window is the whole day.
settings() {
	cat >"$1" <<-'JSON'
		{"day_start": "00:00", "day_end": "23:59", "gap_minutes": 240, "sessions_per_day": 3,
		 "snooze_minutes": 15, "follow_up_minutes": 20, "start_at_login": false, "start_at_login_asked": true}
	JSON
}

# due_soon DIR: settings and a journal that make a session due about 4 s from now.
due_soon() {
	local now
	mkdir -p "$1"
	settings "$1/settings.json"
	now=$(date +%s)
	session_line base $((now - 280 * 60)) $((now - 240 * 60 + 4)) >"$1/journal.jsonl"
}

# lines FILE: how many lines.
lines() { wc -l <"$1" | tr -d ' '; }

# --- the window under Xvfb -------------------------------------------------------------------
WIN_PID= WID=
# window_start DIR NAME [ARGS...]: start the window on DIR, wait for it; logs to $OUT/NAME.log.
window_start() {
	local dir=$1 name=$2
	shift 2
	env "$TOOL_MARK" "$BIN" --data-dir "$dir" "$@" >"$OUT/$name.log" 2>&1 &
	WIN_PID=$!
	cleanup_push "stop_pid $WIN_PID window"
	WID=$(find_window '^Spine Coach$' "$WIN_PID" 20) || return 1
	sleep 1.5 # the first frames, and the questions or notices that open with the window
}
key() { xdotool key --window "$WID" "$@" 2>/dev/null || true; }
shot() { import -window "$WID" "$OUT/$1.png" 2>/dev/null || true; }
# window_close: as a window manager's close button would; then SIGTERM.
window_close() {
	x11_close "$WID" 2>/dev/null || true
	gone "$WIN_PID" 5 || stop_pid "$WIN_PID" window
	wait "$WIN_PID" 2>/dev/null || true
}

# --- full disk ---------------------------------------------------------------------------------
attack_full_disk() {
	local mnt="$TOOL_TMP/full" dir before
	mkdir -p "$mnt"
	if ! mount -t tmpfs -o size=1m,mode=0700 tmpfs "$mnt" 2>/dev/null; then
		held "full disk (ENOSPC injected, no mount here)" "Go tests: TestFailedAppendLeavesNoTornLine, TestLoadOnFullDiskLeavesNoEmptyCopies, TestSaverKeepsTheSessionUntilItCanBeWritten"
		return
	fi
	cleanup_push "umount -l $mnt 2>/dev/null"
	dir="$mnt/data"
	mkdir -p "$dir"
	settings "$dir/settings.json"
	now=$(date +%s)
	session_line old-1 $((now - 86400)) $((now - 86400 + 2400)) >"$dir/journal.jsonl"
	printf '{garbage\n' >>"$dir/journal.jsonl"
	dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null || true # until the disk is full
	before=$(md5sum <"$dir/journal.jsonl")
	# Start-up on a full disk with a bad line: read what can be read, repair nothing.
	if window_start "$dir" full-disk-start; then
		shot full-disk-start
		window_close
	fi
	verdict "full disk: no 0-byte .corrupt file, journal intact" "bad line counted and left in place" \
		bash -c "! compgen -G '$dir/journal.jsonl.corrupt-*' >/dev/null && [[ \$(md5sum <'$dir/journal.jsonl') == '$before' ]] && grep -q 'unreadable lines left in place' '$OUT/full-disk-start.log'"
	truncate -s "$(head -n1 "$dir/journal.jsonl" | wc -c)" "$dir/journal.jsonl" # the bad line goes; no space needed
	# Fill the journal's last page but 100 bytes with a blank line (read as nothing): an append
	# then writes its first 100 bytes and fails, as on a real full disk.
	local size
	size=$(stat -c %s "$dir/journal.jsonl")
	printf '%*s\n' $((4096 - 100 - size - 1)) '' >>"$dir/journal.jsonl"
	# A session on the full disk.
	if ! window_start "$dir" full-disk --start; then
		lost "full disk: window" "no window (see $OUT/full-disk.log)"
		return
	fi
	key Return # skip the question about the back: the session starts
	sleep 0.5
	key p # it hurts: the exercise ends (a session with nothing done is not kept); the checkpoint fails
	wait_for "$OUT/full-disk.log" 'journal: told the user' 5 || true
	sleep 0.5
	shot full-disk-told
	verdict "full disk: told at the first failed write" "the window told the user; screenshot full-disk-told.png" \
		grep -q 'journal: told the user: .*no space left' "$OUT/full-disk.log"
	# The disk stays full to the end of the session: the session is kept in memory.
	key Return # close the message
	sleep 0.3
	key Return # skip the question about the pain
	sleep 0.3
	for _ in 1 2 3 4 5 6; do # the other six exercises, the last one ends the session
		key Return
		sleep 0.3
	done
	key Return # skip the question about the back after the session
	sleep 1
	shot full-disk-finish
	# Space comes back before the window closes: what was kept is saved (at the latest as it closes).
	rm -f "$mnt/filler"
	window_close
	local whole
	whole=$(grep -c '^{"v":1,"kind":"session",.*}$' "$dir/journal.jsonl" || true)
	verdict "full disk: the session is saved once space is back" "$whole whole sessions in the journal (want 2)" test "$whole" -eq 2
	verdict "full disk: no torn line after the failed writes" "every line ends in a newline and parses; no checkpoint left" \
		bash -c "[[ \$(tail -c1 '$dir/journal.jsonl' | od -An -c | tr -d ' ') == '\\n' ]] && [[ ! -e '$dir/session.checkpoint.json' ]] && ! grep -v '^ *\$' '$dir/journal.jsonl' | grep -qv '^{\"v\":1,.*}\$'"
}

# --- read-only folder ------------------------------------------------------------------------
attack_read_only() {
	local src="$TOOL_TMP/ro-src" dir="$TOOL_TMP/ro" how before
	mkdir -p "$src" "$dir"
	settings "$src/settings.json"
	now=$(date +%s)
	{
		session_line ro-1 $((now - 86400)) $((now - 86400 + 2400))
		printf '{garbage\n'
		session_line ro-2 $((now - 3600)) $((now - 1200))
	} >"$src/journal.jsonl"
	if mount --bind "$src" "$dir" 2>/dev/null && mount -o remount,bind,ro "$dir" 2>/dev/null; then
		how="read-only bind mount"
		cleanup_push "umount -l $dir 2>/dev/null"
	else
		umount "$dir" 2>/dev/null || true
		dir=$src
		chmod a-w "$dir"
		how="chmod a-w"
	fi
	before=$(md5sum <"$dir/journal.jsonl")
	(cd "$TOOL_TMP" && "$BIN" --data-dir "$dir" export --csv - >"$OUT/ro-export.csv" 2>"$OUT/ro-export.log") || true
	verdict "read-only folder ($how): export reads it" "$(tail -n +2 "$OUT/ro-export.csv" | wc -l) rows; $(tr '\n' ' ' <"$OUT/ro-export.log")" \
		grep -q '2 sessions' "$OUT/ro-export.log"
	if window_start "$dir" read-only; then
		shot read-only-notice
		window_close
		verdict "read-only folder: the window says sessions cannot be saved" "screenshot $OUT/read-only-notice.png" \
			grep -q 'journal: the journal.s folder cannot be written' "$OUT/read-only.log"
	else
		lost "read-only folder: window" "no window (see $OUT/read-only.log)"
	fi
	verdict "read-only folder: nothing changed, no lock error" "journal unchanged, no .corrupt file" \
		bash -c "[[ \$(md5sum <'$dir/journal.jsonl') == '$before' ]] && ! compgen -G '$dir/*.corrupt-*' >/dev/null && ! grep -q 'lock .*: permission denied' '$OUT/read-only.log'"
}

# --- kill -9 during a session, and a checkpoint already saved -----------------------------------
attack_kill() {
	local dir="$TOOL_TMP/kill" n
	mkdir -p "$dir"
	settings "$dir/settings.json"
	window_start "$dir" kill-1 --start || {
		lost "kill -9 during a session" "no window"
		return
	}
	key Return # skip the question about the back
	sleep 0.5
	key p # it hurts: something done, worth keeping
	sleep 0.5
	key Return # skip the pain question: checkpoint
	sleep 0.5
	key Return # the next exercise skipped: checkpoint
	sleep 0.5
	kill -KILL "$WIN_PID"
	wait "$WIN_PID" 2>/dev/null || true
	[[ -s $dir/session.checkpoint.json ]] || {
		lost "kill -9 during a session" "no checkpoint after two exercises"
		return
	}
	window_start "$dir" kill-2 || return
	shot kill-offered
	key Escape # "Save as it stands"
	sleep 1
	window_close
	n=$(grep -c '"kind":"session"' "$dir/journal.jsonl" 2>/dev/null || echo 0)
	verdict "kill -9 during a session: the checkpoint is saved" "$n session in the journal, checkpoint removed" \
		bash -c "[[ $n == 1 && ! -e '$dir/session.checkpoint.json' ]]"
	# The app died between the append and removing the checkpoint: the same session again.
	tail -n1 "$dir/journal.jsonl" >"$dir/session.checkpoint.json"
	window_start "$dir" kill-3 || return
	shot kill-not-offered
	key Escape # would save it again if it were offered
	sleep 1
	window_close
	n=$(grep -c '"kind":"session"' "$dir/journal.jsonl")
	verdict "duplicate id: a saved checkpoint is not offered again" "$n session in the journal, checkpoint dropped" \
		bash -c "[[ $n == 1 && ! -e '$dir/session.checkpoint.json' ]]"
}

# --- future records and duplicate ids, through the agent and export ----------------------------
attack_future_and_duplicates() {
	local dir="$TOOL_TMP/future" now agent
	due_soon "$dir"
	now=$(date +%s)
	{
		session_line future-2031 1924990000 1924992400
		printf '{"v":1,"kind":"snooze","snooze":{"at":"%s","until":"2099-01-01T08:00:00Z"}}\n' "$(date -u -d "@$((now - 60))" +%Y-%m-%dT%H:%M:%SZ)"
	} >>"$dir/journal.jsonl"
	env "$TOOL_MARK" dbus-monitor "interface='org.freedesktop.Notifications'" >"$OUT/future-monitor.log" 2>&1 &
	local mon=$!
	cleanup_push "stop_pid $mon dbus-monitor"
	sleep 0.5
	env "$TOOL_MARK" "$BIN" --data-dir "$dir" agent 2>"$OUT/future-agent.log" &
	agent=$!
	cleanup_push "stop_pid $agent agent"
	verdict "future records: the agent still reminds" "a session dated 2031 and a snooze to 2099 in the journal" \
		wait_for "$OUT/future-monitor.log" 'member=Notify' 15
	stop_pid "$agent" agent
	stop_pid "$mon" dbus-monitor

	dir="$TOOL_TMP/dup"
	mkdir -p "$dir"
	session_line dup-1 $((now - 7200)) $((now - 5000)) >"$dir/journal.jsonl"
	session_line dup-1 $((now - 7200)) $((now - 5000)) >>"$dir/journal.jsonl"
	"$BIN" --data-dir "$dir" export --csv "$TOOL_TMP/dup.csv" >"$OUT/dup.log" 2>&1 || true
	verdict "duplicate ids: the same session twice counts once" "$(tr '\n' ' ' <"$OUT/dup.log")" grep -q '(1 sessions)' "$OUT/dup.log"
}

# --- the clock, in a simulated clock --------------------------------------------------------
attack_clock() {
	if (cd "$ROOT" && CGO_ENABLED=0 "$GO" test -count=1 -run 'TestRunnerClockSetBack|TestRunnerRetries|TestRunnerGivesUp|TestFutureRecords' ./internal/schedule/) >"$OUT/clock.log" 2>&1 &&
		(cd "$ROOT" && "$GO" test -count=1 -run 'TestSessionSavedAfterTheClockWentBack' ./cmd/spinecoach/) >>"$OUT/clock.log" 2>&1; then
		held "clock set back 3 h, failed sends (simulated)" "go test: TestRunnerClockSetBackThreeHours, TestRunnerRetriesAFailedReminder, TestSessionSavedAfterTheClockWentBack"
	else
		lost "clock set back 3 h, failed sends (simulated)" "see $OUT/clock.log"
	fi
}

# --- a dead bus: two logins -----------------------------------------------------------------
attack_dead_bus() {
	local dir="$TOOL_TMP/logins" old n
	due_soon "$dir"
	# Login 1: an agent started in a session that then ends (the agent outlives the script).
	env "$TOOL_MARK" DRILL_DIR="$dir" DRILL_BIN="$BIN" DRILL_OUT="$OUT" dbus-run-session -- bash -c '
		"$DRILL_BIN" --data-dir "$DRILL_DIR" agent 2>"$DRILL_OUT/login1-agent.log" &
		echo $! >"$DRILL_OUT/login1.pid"
		sleep 1.5' >/dev/null 2>&1 || true
	old=$(cat "$OUT/login1.pid")
	verdict "dead bus: the old login's agent ends with it" "agent $old gone within 5 s of its bus" gone "$old" 5
	cleanup_push "kill -KILL $old 2>/dev/null" # left alive, if it is, to see whether it takes login 2's reminders
	# Login 2: a new bus with a notification daemon; its agent must send the reminder.
	due_soon "$dir"
	env "$TOOL_MARK" DRILL_DIR="$dir" DRILL_BIN="$BIN" DRILL_OUT="$OUT" dbus-run-session -- bash -c '
		/usr/lib/notification-daemon/notification-daemon >/dev/null 2>&1 &
		dbus-monitor "interface='"'"'org.freedesktop.Notifications'"'"'" >"$DRILL_OUT/login2-monitor.log" 2>&1 &
		sleep 0.5
		"$DRILL_BIN" --data-dir "$DRILL_DIR" agent 2>"$DRILL_OUT/login2-agent.log" &
		agent=$!
		for _ in $(seq 100); do grep -q "member=Notify" "$DRILL_OUT/login2-monitor.log" && break; sleep 0.1; done
		kill $agent; wait $agent' >/dev/null 2>&1 || true
	n=$(grep -c 'member=Notify' "$OUT/login2-monitor.log" 2>/dev/null || true)
	verdict "dead bus: the next login's agent sends its Notify" "${n:-0} Notify calls on the new bus" test "${n:-0}" -ge 1
}

# --- a frozen bus ------------------------------------------------------------------------------
attack_frozen_bus() {
	local dir="$TOOL_TMP/frozen" agent t0
	due_soon "$dir"
	env "$TOOL_MARK" "$BIN" --data-dir "$dir" agent 2>"$OUT/frozen-agent.log" &
	agent=$!
	cleanup_push "stop_pid $agent agent"
	sleep 1
	kill -STOP "$BUS_PID"
	cleanup_push "kill -CONT $BUS_PID 2>/dev/null"
	sleep 5 # the reminder falls due while the bus is frozen
	t0=$SECONDS
	verdict "frozen bus: the agent still answers its socket" "a second agent handed over in $((SECONDS - t0)) s" \
		timeout 5 env "$TOOL_MARK" "$BIN" --data-dir "$dir" agent 2>>"$OUT/frozen-agent.log"
	kill -CONT "$BUS_PID"
	stop_pid "$agent" agent
}

# --- socket attacks ----------------------------------------------------------------------------
attack_socket() {
	local dir="$TOOL_TMP/sock" agent t0 long shared
	due_soon "$dir"
	env "$TOOL_MARK" "$BIN" --data-dir "$dir" agent 2>"$OUT/sock-agent.log" &
	agent=$!
	cleanup_push "stop_pid $agent agent"
	wait_for "$OUT/sock-agent.log" 'started for' 5 || true
	/usr/bin/python3 - "$dir/agent.sock" <<-'PY' &
		import socket, sys, time
		conns = []
		for _ in range(20):
		    s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); conns.append(s)
		time.sleep(8)
	PY
	local idle=$!
	sleep 0.5
	t0=$(date +%s%N)
	timeout 5 env "$TOOL_MARK" "$BIN" --data-dir "$dir" agent 2>>"$OUT/sock-agent.log" || true
	local ms=$((($(date +%s%N) - t0) / 1000000))
	verdict "socket: 20 idle connections do not delay a wake" "wake answered in $ms ms" \
		bash -c "(($ms < 2000)) && grep -q 'wake: re-reading' '$OUT/sock-agent.log'"
	kill "$idle" 2>/dev/null || true
	stop_pid "$agent" agent
	if command -v setpriv >/dev/null && ((EUID == 0)); then
		# A data folder others may enter, and a umask that would leave the socket open to all.
		local pub
		pub=$(mktemp -d /tmp/spinecoach-drill-pub.XXXXXX)
		cleanup_push "rm -rf $pub"
		chmod 0755 "$pub"
		due_soon "$pub/data"
		chmod 0755 "$pub/data"
		(umask 000 && exec env "$TOOL_MARK" "$BIN" --data-dir "$pub/data" agent 2>"$OUT/sock-pub.log") &
		agent=$!
		cleanup_push "stop_pid $agent agent"
		wait_for "$OUT/sock-pub.log" 'started for' 5 || true
		verdict "socket: another user cannot connect" "uid 65534 gets no answer" \
			bash -c "! setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.settimeout(3); s.connect(sys.argv[1]); s.sendall(b\"wake\\n\"); sys.exit(0 if s.recv(3)==b\"ok\\n\" else 1)' '$pub/data/agent.sock' 2>/dev/null"
	fi
	stop_pid "$agent" agent
	# A long data folder puts the socket in the private runtime folder; made first by another, it is refused.
	shared="$TOOL_TMP/shared-tmp"
	mkdir -p "$shared/spinecoach-$(id -u)"
	chmod 0777 "$shared" "$shared/spinecoach-$(id -u)"
	long="$TOOL_TMP/$(printf 'd%.0s' {1..60})/$(printf 'e%.0s' {1..60})"
	due_soon "$long"
	timeout 5 env -u XDG_RUNTIME_DIR "$TOOL_MARK" TMPDIR="$shared" "$BIN" --data-dir "$long" agent 2>"$OUT/squat.log" || true
	verdict "socket: a squatted socket folder is refused" "$(grep -o 'refusing the socket folder[^;]*' "$OUT/squat.log" | head -n1)" \
		bash -c "grep -q 'refusing the socket folder' '$OUT/squat.log' && [[ -z \$(ls -A '$shared/spinecoach-$(id -u)') ]]"
}

# --- export ----------------------------------------------------------------------------------
attack_export() {
	local dir="$TOOL_TMP/export" out="$TOOL_TMP/export-out" before now i pid
	mkdir -p "$dir" "$out/reports"
	now=$(date +%s)
	for i in 1 2 3; do session_line "ex-$i" $((now - i * 86400)) $((now - i * 86400 + 2400)); done >"$dir/journal.jsonl"
	printf '{garbage\n' >>"$dir/journal.jsonl"
	printf '{"volume": 400}\n' >"$dir/settings.json"
	before=$(cd "$dir" && ls -A | sort | xargs md5sum)
	(cd "$out" && "$BIN" --data-dir "$dir" export --csv - >"$out/stdout.csv" 2>"$OUT/export.log") || true
	verdict "export: --csv - writes standard output" "$(($(lines "$out/stdout.csv") - 1)) rows on stdout" \
		bash -c "[[ ! -e '$out/-' ]] && head -n1 '$out/stdout.csv' | grep -q ','"
	ln -s /proc/self/fd/1 "$out/stdout-link"
	"$BIN" --data-dir "$dir" export --csv "$out/stdout-link" >"$out/via-link.csv" 2>>"$OUT/export.log" || true
	verdict "export: a link to standard output stays a link" "as /dev/stdout is" \
		bash -c "[[ -L '$out/stdout-link' ]] && [[ -s '$out/via-link.csv' ]]"
	printf 'old' >"$out/reports/report.html"
	ln -s reports/report.html "$out/latest.html"
	"$BIN" --data-dir "$dir" export --html "$out/latest.html" >>"$OUT/export.log" 2>&1 || true
	verdict "export: a symlinked report is written through" "the link stays, its target holds the report" \
		bash -c "[[ -L '$out/latest.html' ]] && grep -qi '<html' '$out/reports/report.html'"
	mkfifo "$out/fifo"
	cat "$out/fifo" >"$out/from-fifo.csv" &
	local reader=$!
	timeout 5 "$BIN" --data-dir "$dir" export --csv "$out/fifo" >>"$OUT/export.log" 2>&1 || true
	# A FIFO replaced by a file leaves its reader waiting for a writer that never comes.
	gone "$reader" 3 || kill "$reader" 2>/dev/null || true
	wait "$reader" 2>/dev/null || true
	verdict "export: a FIFO is written, not replaced" "$(lines "$out/from-fifo.csv") lines came through" \
		bash -c "[[ -p '$out/fifo' && -s '$out/from-fifo.csv' ]]"
	verdict "export: the data folder is not changed" "journal with a bad line, invalid settings: both as they were" \
		bash -c "[[ \"\$(cd '$dir' && ls -A | sort | xargs md5sum)\" == '$before' ]]"
	# A kill while the export is being written leaves no temporary file: the export is killed at
	# the moment it has its output open (seen in /proc/PID/fd), named or not.
	awk 'BEGIN { for (i = 1; i <= 200000; i++) printf "{\"v\":1,\"kind\":\"session\",\"session\":{\"id\":\"big-%d\",\"program\":\"lumbar\",\"start\":\"2025-01-01T08:00:00Z\",\"end\":\"2025-01-01T08:40:00Z\",\"completed\":true,\"exercises\":[{\"id\":\"a\",\"title\":\"A\",\"kind\":\"reps\",\"sides\":\"one\",\"target\":30,\"hold_seconds\":0,\"done\":30,\"status\":\"done\"}]}}\n", i }' >"$dir/journal.jsonl"
	local caught=0
	for i in 1 2 3; do
		"$BIN" --data-dir "$dir" export --csv "$out/big.csv" >/dev/null 2>&1 &
		pid=$!
		for ((n = 0; n < 1000; n++)); do
			if ls -l "/proc/$pid/fd" 2>/dev/null | grep -qF -- "$out/"; then
				kill -KILL "$pid" 2>/dev/null && caught=$((caught + 1))
				break
			fi
			alive "$pid" || break
			sleep 0.005
		done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	verdict "export: a kill while writing leaves no temporary file" "$caught of 3 exports killed with their output open" \
		bash -c "(($caught > 0)) && ! compgen -G '$out/.big.csv.tmp-*' >/dev/null"
}

# --- oversized input ----------------------------------------------------------------------------
attack_oversized() {
	local dir="$TOOL_TMP/big" now
	mkdir -p "$dir"
	now=$(date +%s)
	{
		session_line big-1 $((now - 7200)) $((now - 5000))
		printf '{"v":1,"kind":"session","session":{"id":"huge","program":"lumbar","start":"2025-01-01T08:00:00Z","end":"2025-01-01T08:40:00Z","completed":true,"exercises":[{"id":"a","title":"%s","kind":"reps","sides":"one","target":30,"hold_seconds":0,"done":30,"status":"done"}]}}\n' "$(head -c 1048576 /dev/zero | tr '\0' x)"
	} >"$dir/journal.jsonl"
	printf '{"volume": 40, "padding": "%s"}\n' "$(head -c 1048576 /dev/zero | tr '\0' x)" >"$dir/settings.json"
	if window_start "$dir" oversized; then
		window_close
	fi
	verdict "oversized: a 1 MiB settings.json is set aside" "settings.json.corrupt-* kept, defaults used" \
		bash -c "compgen -G '$dir/settings.json.corrupt-*' >/dev/null"
	verdict "oversized: a 1 MiB journal line is set aside" "$(lines "$dir/journal.jsonl") line left in the journal" \
		bash -c "[[ \$(wc -l <'$dir/journal.jsonl') -eq 1 ]] && compgen -G '$dir/journal.jsonl.corrupt-*' >/dev/null"
}

need xdotool import dbus-monitor dbus-run-session
tool_init
xvfb_start
bus_start
t0=$SECONDS
for attack in ${DRILL_ONLY:-full_disk read_only kill future_and_duplicates clock dead_bus frozen_bus socket export oversized}; do
	log "attack: $attack"
	"attack_$attack" || lost "$attack" "the attack itself failed (see $OUT)"
done

printf '\n%-58s %-5s %s\n' "attack" "" "what was checked"
printf '%s\n' "${RESULTS[@]}"
printf '\nfault drill: %d checks, %d lost, %d s\n' "${#RESULTS[@]}" "$losses" $((SECONDS - t0))
((losses == 0))
