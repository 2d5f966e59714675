#!/usr/bin/env bash
# scripts/agent-e2e.sh [BIN]: the end-to-end test of the reminder agent (default bin/spinecoach).
# It builds nothing: `make test` builds first.
#
# Under a private Xvfb, a private D-Bus session bus and a real notification daemon (Debian's
# notification-daemon), with a data folder whose journal makes the first reminder due about 5 s
# after start (day window 00:00-23:59, gap 240 min, a finished session that ended 240 min minus
# 5 s ago; no test-only flag), it checks:
#   1. `BIN --data-dir DIR agent` sends a real org.freedesktop.Notifications.Notify call with the
#      app name and the reminder's summary (captured by dbus-monitor), and logs it;
#   2. it shows a tray icon (a StatusNotifierItem on the bus) and holds the agent lock;
#   3. a second `BIN agent` for the same folder hands over ("wake") and exits 0;
#   4. with the notification daemon stopped (SIGSTOP: a hung service), the next reminder fails
#      after the 5 s timeout with a log line, and nothing hangs;
#   5. SIGTERM ends the agent cleanly (exit 0, socket removed);
#   6. with no session bus at all (DBUS_SESSION_BUS_ADDRESS=disabled:, no DISPLAY) the agent
#      logs the failure within a few seconds and still exits 0 on SIGTERM;
#   7. the reminder's click and buttons, withdrawal, language and tray host: scripts/agent-actions-e2e.sh.
# Prints PASS/FAIL lines; exits non-zero if any check failed. Logs are kept in build/agent-e2e/.
# Environment: E2E_OUT [build/agent-e2e].
set -euo pipefail
# shellcheck disable=SC2034 # read by scripts/xvfb.sh
TOOL_NAME=agent-e2e
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
at_local_noon

BIN=${1:-bin/spinecoach}
OUT=${E2E_OUT:-build/agent-e2e}
SUMMARY="Time for your back exercises"

failures=0
pass() { printf 'PASS %s\n' "$*"; }
fail() {
	printf 'FAIL %s\n' "$*"
	failures=$((failures + 1))
}
# check DESC_PASS DESC_FAIL CMD...: PASS or FAIL by CMD's status.
check() {
	local ok=$1 ko=$2
	shift 2
	if "$@"; then pass "$ok"; else fail "$ko"; fi
}

[[ -x $BIN ]] || {
	printf 'FAIL agent binary %s not found or not executable (run: make build)\n' "$BIN"
	exit 1
}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
need dbus-monitor dbus-send
mkdir -p "$OUT"
rm -f "$OUT"/*.log

tool_init
xvfb_start
bus_start

# make_data DIR: settings and a journal that make a session due about 5 s from now.
make_data() {
	local dir=$1 now end start
	mkdir -p "$dir"
	cat >"$dir/settings.json" <<-'JSON'
		{"day_start": "00:00", "day_end": "23:59", "gap_minutes": 240, "sessions_per_day": 3,
		 "snooze_minutes": 15, "follow_up_minutes": 20, "start_at_login": false, "flare_rest_days": 3}
	JSON
	now=$(date +%s)
	end=$(date -u -d "@$((now - 240 * 60 + 5))" +%Y-%m-%dT%H:%M:%SZ)
	start=$(date -u -d "@$((now - 280 * 60))" +%Y-%m-%dT%H:%M:%SZ)
	printf '{"v":1,"kind":"session","session":{"id":"e2e","program":"lumbar","start":"%s","end":"%s","completed":true,"exercises":[]}}\n' \
		"$start" "$end" >"$dir/journal.jsonl"
}

# stop_agent PID NAME: SIGTERM, and report whether it exited 0 within 5 s.
stop_agent() {
	local pid=$1 name=$2 i status
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 50; i++)); do
		alive "$pid" || break
		sleep 0.1
	done
	if alive "$pid"; then
		fail "$name did not exit within 5 s of SIGTERM"
		kill -KILL "$pid" 2>/dev/null || true
		return 0
	fi
	status=0
	wait "$pid" || status=$?
	if ((status == 0)); then pass "$name exited 0 on SIGTERM"; else fail "$name exited $status on SIGTERM"; fi
}

# --- with a bus and a notification daemon ----------------------------------------------------
DATA="$TOOL_TMP/data"
make_data "$DATA"
env "$TOOL_MARK" dbus-monitor "interface='org.freedesktop.Notifications'" >"$OUT/monitor.log" 2>&1 &
MON_PID=$!
cleanup_push "stop_pid $MON_PID dbus-monitor"
sleep 0.5 # let the monitor attach before anything is sent

env "$TOOL_MARK" "$BIN" --data-dir "$DATA" agent 2>"$OUT/agent.log" &
AGENT=$!
cleanup_push "stop_pid $AGENT agent"

if wait_for "$OUT/monitor.log" 'member=Notify' 20; then
	sleep 0.3 # the arguments follow the header line
	call=$(grep -A5 'member=Notify' "$OUT/monitor.log" | head -n6)
	if grep -qF "string \"$SUMMARY\"" <<<"$call" && grep -qF 'string "Spine Coach"' <<<"$call"; then
		pass "the agent sent org.freedesktop.Notifications.Notify from \"Spine Coach\" with the summary \"$SUMMARY\""
	else
		fail "a Notify call was sent, but not with the app name and the summary:"$'\n'"$call"
	fi
	check "the notification names the icon $DATA/icon.png" "the notification does not name $DATA/icon.png" \
		grep -qF "string \"$DATA/icon.png\"" <<<"$call"
else
	fail "no Notify call within 20 s of start (the reminder was due after about 5 s)"
fi
if wait_for "$OUT/agent.log" 'reminder sent for' 5; then pass "the agent logged the reminder"; else fail "no 'reminder sent' log line"; fi

if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.ListNames 2>/dev/null |
	grep -q "org.kde.StatusNotifierItem-$AGENT-"; then
	pass "the agent shows a tray icon (org.kde.StatusNotifierItem-$AGENT-1 on the bus)"
else
	fail "no StatusNotifierItem of the agent on the bus"
fi
check "the agent holds agent.lock and listens on agent.sock" "no agent.lock/agent.sock in the data folder" \
	test -S "$DATA/agent.sock" -a -f "$DATA/agent.lock"

# A second agent hands over and exits.
status=0
timeout 10 env "$TOOL_MARK" "$BIN" --data-dir "$DATA" agent 2>"$OUT/agent2.log" || status=$?
if ((status == 0)) && grep -q 'already runs' "$OUT/agent2.log" && wait_for "$OUT/agent.log" 'wake: re-reading' 3; then
	pass "a second agent handed over to the running one and exited 0"
else
	fail "second agent: exit $status; $(tr '\n' ' ' <"$OUT/agent2.log")"
fi
check "the first agent still runs" "the first agent died" alive "$AGENT"

# A hung notification service: the next reminder (a snooze that ends in 2 s, appended to the
# journal as another process would, with no "wake") is found by the agent's own re-read of the
# changed journal at its next wake-up (at most 30 s), times out after 5 s and is logged; the
# agent's socket keeps answering meanwhile.
if [[ -n ${NOTIFYD_PID:-} ]] && alive "$NOTIFYD_PID"; then
	kill -STOP "$NOTIFYD_PID"
	cleanup_push "kill -CONT $NOTIFYD_PID 2>/dev/null"
	now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	until=$(date -u -d "@$(($(date +%s) + 2))" +%Y-%m-%dT%H:%M:%SZ)
	printf '{"v":1,"kind":"snooze","snooze":{"at":"%s","until":"%s"}}\n' "$now" "$until" >>"$DATA/journal.jsonl"
	t0=$SECONDS
	if wait_for "$OUT/agent.log" 're-read \[journal.jsonl\]' 35; then
		pass "the agent re-read the changed journal by itself ($((SECONDS - t0)) s after it changed)"
	else
		fail "the agent did not re-read the changed journal within 35 s"
	fi
	sleep 1 # the reminder is now waiting on the hung daemon
	t1=$SECONDS
	if timeout 5 env "$TOOL_MARK" "$BIN" --data-dir "$DATA" agent 2>>"$OUT/agent2.log"; then
		pass "the agent still answers its socket while the daemon hangs ($((SECONDS - t1)) s)"
	else
		fail "the agent did not answer its socket while the daemon hangs"
	fi
	if wait_for "$OUT/agent.log" 'not shown: notify: no answer from the notification service after 5s' 15; then
		pass "with the daemon hung, the agent logged 'no answer ... after 5s' ($((SECONDS - t0)) s after the snooze was written)"
	else
		fail "with the daemon hung, no 'no answer' log line within 15 s of the re-read"
	fi
	kill -CONT "$NOTIFYD_PID"
else
	fail "no notification daemon to hang (see scripts/xvfb.sh notifyd_start)"
fi

stop_agent "$AGENT" "the agent"
check "the socket was removed on exit" "agent.sock left behind" test ! -e "$DATA/agent.sock"
check "the agent logged a clean stop" "no 'stopped' line" grep -q 'agent: .* stopped' "$OUT/agent.log"

# --- no session bus at all --------------------------------------------------------------------
NOBUS="$TOOL_TMP/nobus"
make_data "$NOBUS"
env -u DISPLAY -u XAUTHORITY "$TOOL_MARK" DBUS_SESSION_BUS_ADDRESS=disabled: \
	"$BIN" --data-dir "$NOBUS" agent 2>"$OUT/agent-nobus.log" &
NB=$!
cleanup_push "stop_pid $NB agent-nobus"
if wait_for "$OUT/agent-nobus.log" 'not shown: notify: no desktop notification service' 15; then
	pass "without a session bus the agent logged why the reminder was not shown"
else
	fail "without a session bus: no failure logged within 15 s of start"
fi
check "without a session bus the agent logged that there is no tray" "without a session bus: no tray log line" \
	grep -q 'tray: not shown: no session bus' "$OUT/agent-nobus.log"
stop_agent "$NB" "the agent without a bus"

# --- the reminder's actions, on a fake notification service -----------------------------------
if ! scripts/agent-actions-e2e.sh "$BIN"; then
	failures=$((failures + 1))
fi

printf -- '--- agent log (%s) ---\n' "$OUT/agent.log"
cat "$OUT/agent.log"
printf -- '---\n'
if ((failures > 0)); then
	printf 'agent-e2e: FAIL (%d checks failed)\n' "$failures"
	exit 1
fi
printf 'agent-e2e: PASS\n'
