#!/usr/bin/env bash
# scripts/reminder-screenshot.sh OUT.png: the reminder with its buttons, as the desktop's own
# notification daemon (Debian's notification-daemon) draws it, for the README (docs/reminder.png).
#
# Under a private Xvfb and session bus with notification-daemon, it starts `BIN agent` on a data
# folder whose journal makes a reminder due about 3 s later, waits for the daemon's popup and
# saves the part of the screen that holds it. No tray host runs, so the reminder is resident.
# Environment: BIN [bin/spinecoach], APP_LOCALE [English] the system's language, e.g. ru_RU;
# LANGUAGE_SETTING [] the language chosen in Settings (en, ru), which wins over the system's.
set -euo pipefail
TOOL_NAME=reminder-screenshot
if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
	sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
fi
out=$1
case $out in /*) ;; *) out="$PWD/$out" ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
BIN=${BIN:-bin/spinecoach}
[[ -x $BIN ]] || die "app binary $BIN not found or not executable (run: make build)"
need import xdotool
mkdir -p "$(dirname "$out")"

tool_init
[[ -n ${APP_LOCALE:-} ]] && export LANG="$APP_LOCALE.UTF-8" LANGUAGE="${APP_LOCALE%%_*}"
XVFB_SCREEN=${XVFB_SCREEN:-1100x700x24} xvfb_start
bus_start
[[ -n ${NOTIFYD_PID:-} ]] || die "no notification daemon (package notification-daemon)"

DATA="$TOOL_TMP/data"
mkdir -p "$DATA"
cat >"$DATA/settings.json" <<-JSON
	{"day_start": "00:00", "day_end": "23:59", "gap_minutes": 240, "sessions_per_day": 3,
	 "snooze_minutes": 15, "follow_up_minutes": 20, "start_at_login": false, "start_at_login_asked": true,
	 "language": "${LANGUAGE_SETTING:-}"}
JSON
now=$(date +%s)
printf '{"v":1,"kind":"session","session":{"id":"shot","program":"lumbar","start":"%s","end":"%s","completed":true,"exercises":[]}}\n' \
	"$(date -u -d "@$((now - 280 * 60))" +%Y-%m-%dT%H:%M:%SZ)" "$(date -u -d "@$((now - 240 * 60 + 3))" +%Y-%m-%dT%H:%M:%SZ)" \
	>"$DATA/journal.jsonl"
env "$TOOL_MARK" "$BIN" --data-dir "$DATA" agent 2>"$TOOL_TMP/agent.log" &
cleanup_push "stop_pid $! agent"

# The daemon's popup is a window of its own; wait for it to appear, then for its fade-in.
wid=
for ((i = 0; i < 100; i++)); do
	wid=$(xdotool search --onlyvisible --class 'notification-daemon' 2>/dev/null | head -n1 || true)
	[[ -z $wid ]] && wid=$(xdotool search --onlyvisible --name '.' 2>/dev/null | head -n1 || true)
	[[ -n $wid ]] && break
	sleep 0.1
done
[[ -n $wid ]] || { cat "$TOOL_TMP/agent.log" >&2; die "no notification window within 10 s"; }
sleep 1
eval "$(xdotool getwindowgeometry --shell "$wid")"
# shellcheck disable=SC2153 # X, Y, WIDTH, HEIGHT come from xdotool
import -window root -crop "$((WIDTH + 40))x$((HEIGHT + 40))+$((X - 20 < 0 ? 0 : X - 20))+$((Y - 20 < 0 ? 0 : Y - 20))" +repage "$out"
log "wrote $out ($(identify -format '%wx%h' "$out"))"
