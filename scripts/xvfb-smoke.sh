#!/usr/bin/env bash
# scripts/xvfb-smoke.sh [BIN]: the real-window test of the built app (default bin/spinecoach).
# It builds nothing: `make test` builds first.
#
# Under a private Xvfb and a private D-Bus session bus, with a fresh data dir, it starts
# `BIN --data-dir DIR`, waits for the window, screenshots the home screen, presses Return (which
# starts a session), screenshots again, checks both are not blank and differ, checks the app is
# still alive, closes the window as a window manager's close button would (then Ctrl+Q, then
# SIGTERM, each only if the one before had no effect) and checks the app exits 0 in time.
# Screenshots and the app's output are kept in build/smoke/.
#
# Environment (defaults in brackets):
#   WINDOW_NAME ["Spine Coach"]  exact window title to wait for
#   WINDOW_TIMEOUT [20]          seconds to wait for the window
#   APP_ARGS []                  extra arguments for the app (word-split)
#   SMOKE_SKIP_DIFF [ ]          1 = do not require the two screenshots to differ (stand-in apps)
#   SMOKE_MIN_COLORS [20]        a screenshot with fewer unique colours counts as blank
#   SMOKE_MIN_STDDEV [0.02]      ... or with a lower standard deviation (0..1)
#   SMOKE_MIN_DIFF [2000]        pixels that must differ between the two screenshots
#   SMOKE_OUT [build/smoke]      where the screenshots and logs go
set -euo pipefail
TOOL_NAME=smoke
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/xvfb.sh

BIN=${1:-bin/spinecoach}
WINDOW_NAME=${WINDOW_NAME:-Spine Coach}
WINDOW_TIMEOUT=${WINDOW_TIMEOUT:-20}
MIN_COLORS=${SMOKE_MIN_COLORS:-20}
MIN_STDDEV=${SMOKE_MIN_STDDEV:-0.02}
MIN_DIFF=${SMOKE_MIN_DIFF:-2000}
OUT=${SMOKE_OUT:-build/smoke}

failures=0
pass() { printf 'PASS %s\n' "$*"; }
fail() {
	printf 'FAIL %s\n' "$*"
	failures=$((failures + 1))
}
show_app_output() {
	printf -- '--- app stderr (%s), last 60 lines ---\n' "$OUT/app.stderr"
	tail -n 60 "$OUT/app.stderr" || true
	printf -- '--- app stdout (%s), last 20 lines ---\n' "$OUT/app.stdout"
	tail -n 20 "$OUT/app.stdout" || true
	printf -- '---\n'
}
# abort MSG: a failure after which nothing else can be checked.
abort() {
	fail "$*"
	show_app_output
	printf 'smoke: FAIL (%s)\n' "$*"
	exit 1
}

[[ -x $BIN ]] || {
	printf 'FAIL app binary %s not found or not executable (run: make build)\n' "$BIN"
	exit 1
}
need xdotool import identify compare
mkdir -p "$OUT"
rm -f "$OUT"/home.png "$OUT"/session.png "$OUT"/app.stdout "$OUT"/app.stderr

tool_init
xvfb_start
bus_start
data="$TOOL_TMP/data"
mkdir -p "$data"
# A user who answered the first-run question about reminders at login, so Return starts a session.
printf '{"start_at_login_asked": true, "start_at_login": false}\n' >"$data/settings.json"

# shellcheck disable=SC2086 # APP_ARGS is word-split on purpose
env "$TOOL_MARK" "$BIN" --data-dir "$data" ${APP_ARGS:-} >"$OUT/app.stdout" 2>"$OUT/app.stderr" &
app=$!
cleanup_push "stop_pid $app app"
started=$(date +%s.%N)
log "started $BIN (pid $app), data dir $data"

# 1. The window appears.
set +e
wid=$(find_window "$(regex_quote "$WINDOW_NAME")" "$app" "$WINDOW_TIMEOUT")
found=$?
set -e
case $found in
0) pass "window \"$WINDOW_NAME\" ($wid) appeared after $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s" ;;
2) abort "app exited before its window appeared" ;;
*) abort "no window named \"$WINDOW_NAME\" within ${WINDOW_TIMEOUT} s" ;;
esac

# shot NAME: screenshot of the window into $OUT/NAME.png.
shot() { import -window "$wid" "$OUT/$1.png" 2>>"$TOOL_TMP/import.log"; }
# not_blank FILE: enough colours and contrast to be a drawn UI.
not_blank() {
	local colors stddev
	colors=$(img_colors "$1") stddev=$(img_stddev "$1")
	awk -v c="$colors" -v s="$stddev" -v mc="$MIN_COLORS" -v ms="$MIN_STDDEV" 'BEGIN { exit !(c > mc && s > ms) }'
}
describe() { printf '%s colours, stddev %.3f, %s' "$(img_colors "$1")" "$(img_stddev "$1")" "$(identify -format '%wx%h' "$1")"; }

# 2. The home screen is drawn (poll: the first frames can still be empty).
for ((i = 0; i < 50; i++)); do
	shot home && not_blank "$OUT/home.png" && break
	alive "$app" || abort "app exited while drawing its first screen"
	sleep 0.2
done
if not_blank "$OUT/home.png"; then
	pass "home screen drawn ($(describe "$OUT/home.png")) -> $OUT/home.png"
else
	fail "home screen looks blank ($(describe "$OUT/home.png")) -> $OUT/home.png"
fi

# 3. Return starts a session: focus the window, press Return through XTEST; if nothing changed,
# send it straight to the window as well. The app first asks how the back is (0-10, one key);
# a second Return skips the question and the session begins.
timeout 3 xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Return
changed=
for ((i = 0; i < 25; i++)); do
	sleep 0.2
	shot session || true
	[[ -f $OUT/session.png ]] && (($(img_diff "$OUT/home.png" "$OUT/session.png") > MIN_DIFF)) && {
		changed=1
		break
	}
	((i == 10)) && xdotool key --window "$wid" Return
	alive "$app" || break
done
xdotool key --window "$wid" Return # skip the question about the back
for ((i = 0; i < 25; i++)); do
	grep -q "session started" "$OUT/app.stderr" && break
	sleep 0.2
done
sleep 1 # let the new screen finish its first animation before the kept screenshot
alive "$app" || abort "app exited after Return"
if grep -q "session started" "$OUT/app.stderr"; then
	pass "Return, then Return to skip the question about the back, started a session"
else
	fail "no session started after Return, Return (the app did not log \"session started\")"
fi
shot session || abort "could not take the second screenshot"
if not_blank "$OUT/session.png"; then
	pass "session screen drawn ($(describe "$OUT/session.png")) -> $OUT/session.png"
else
	fail "session screen looks blank ($(describe "$OUT/session.png")) -> $OUT/session.png"
fi
diff_px=$(img_diff "$OUT/home.png" "$OUT/session.png")
if ((diff_px > MIN_DIFF)) || [[ -n $changed ]]; then
	pass "Return changed the screen ($diff_px pixels differ)"
elif [[ -n ${SMOKE_SKIP_DIFF:-} ]]; then
	printf 'SKIP Return changed the screen: only %s pixels differ (SMOKE_SKIP_DIFF set)\n' "$diff_px"
else
	fail "Return did not change the screen (only $diff_px pixels differ, need > $MIN_DIFF)"
fi

# 4. Still running.
if alive "$app"; then pass "app still running"; else abort "app is no longer running"; fi

# 5. Closes cleanly: the window's close button (WM_DELETE_WINDOW), then Ctrl+Q, then SIGTERM
# (Fyne turns SIGTERM into a normal quit), each given a few seconds.
# wait_exit SECONDS: 0 once the app has exited.
wait_exit() {
	local j
	for ((j = 0; j < $1 * 10; j++)); do
		alive "$app" || return 0
		sleep 0.1
	done
	return 1
}
how=
if x11_close "$wid" 2>/dev/null && wait_exit 5; then
	how="window close (WM_DELETE_WINDOW)"
else
	xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
	if wait_exit 3; then
		how="Ctrl+Q"
	else
		kill -TERM "$app" 2>/dev/null || true
		wait_exit 5 && how="SIGTERM (window close and Ctrl+Q had no effect)"
	fi
fi
if [[ -z $how ]]; then
	kill -KILL "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	abort "app did not exit within 13 s of window close, Ctrl+Q and SIGTERM"
fi
set +e
wait "$app"
status=$?
set -e
if ((status == 0)); then
	pass "app exited with status 0 after $how"
else
	fail "app exited with status $status after $how"
fi

errs=$(grep -c 'Fyne error' "$OUT/app.stderr" || true)
((errs == 0)) || log "note: the app logged $errs \"Fyne error\" line(s), see $OUT/app.stderr"

# Anything this run started that is still there (an agent the window launched, say) is stopped.
left=$(marked_pids | wc -l)
if ((left > 0)); then
	log "note: $left process(es) of this run still running after the app exited:"
	sweep_marked ""
fi

if ((failures > 0)); then
	show_app_output
	printf 'smoke: FAIL (%d check(s) failed; screenshots in %s)\n' "$failures" "$OUT"
	exit 1
fi
printf 'smoke: PASS (screenshots in %s)\n' "$OUT"
