#!/usr/bin/env bash
# scripts/agent-actions-e2e.sh [BIN]: the reminder's actions end to end (default bin/spinecoach).
# It builds nothing: `make test` builds first; scripts/agent-e2e.sh runs it at its end.
#
# On a private D-Bus session bus, with scripts/fake-notifyd.py as the notification service (it
# logs every call and emits ActionInvoked on demand, which a real daemon does only on a click),
# data folders whose journal makes a reminder due about 4 s after start, and a fake window (a
# socket in the data folder that records what the agent asks of the window), it checks:
#   1. the reminder's Notify carries the click ("default") and three buttons (Start now,
#      In 15 minutes, Skip this one), says "Session 2 of 3", and with no tray host on the bus
#      (no org.kde.StatusNotifierWatcher) is resident and does not expire;
#   2. a click and "Start now" open the window on a session's start ("start" on its socket),
#      "In 15 minutes" writes a snooze and the next reminder is due at its end, "Skip this one"
#      writes a skip; each answered reminder is withdrawn (CloseNotification);
#   3. a session started from the window (its checkpoint, then "wake") withdraws the reminder;
#   4. with LANGUAGE=ru and LANG=C, summary, body and buttons are Russian, and so they are with
#      Русский chosen in Settings on an English system;
#   5. a tray host that appears later gets the agent's icon, and reminders then are not resident;
#   6. a service without the "actions" capability gets a plain notification that points to the tray.
# Prints PASS/FAIL lines; exits non-zero if any check failed. Logs are kept in build/agent-e2e/.
set -euo pipefail
# shellcheck disable=SC2034 # read by scripts/xvfb.sh
TOOL_NAME=agent-actions-e2e
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
at_local_noon

BIN=${1:-bin/spinecoach}
OUT=${E2E_OUT:-build/agent-e2e}/actions
PY=/usr/bin/python3 # Debian's, with the dbus and gi modules

failures=0
pass() { printf 'PASS %s\n' "$*"; }
fail() {
	printf 'FAIL %s\n' "$*"
	failures=$((failures + 1))
}

[[ -x $BIN ]] || {
	printf 'FAIL agent binary %s not found or not executable (run: make build)\n' "$BIN"
	exit 1
}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
need dbus-daemon dbus-send
"$PY" -c 'import dbus, gi' 2>/dev/null || die "$PY lacks the dbus or gi module (packages python3-dbus, python3-gi)"
mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.jsonl

tool_init
NOTIFY_DAEMON=0 bus_start
NOTES="$OUT/notifications.jsonl"
: >"$NOTES"

# has_owner NAME: a process owns NAME on the bus.
has_owner() {
	dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
		org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

# fake_start NAME ARGS...: scripts/fake-notifyd.py with ARGS; waits until it owns NAME.
fake_start() {
	local name=$1 i
	shift
	env "$TOOL_MARK" "$PY" scripts/fake-notifyd.py "$@" 2>>"$OUT/fake.log" &
	FAKE_PID=$!
	cleanup_push "stop_pid $FAKE_PID fake-notifyd"
	for ((i = 0; i < 50; i++)); do
		has_owner "$name" && return 0
		sleep 0.1
	done
	die "scripts/fake-notifyd.py did not take $name; see $OUT/fake.log"
}

# fake_window DIR: a stand-in for the coach window: it answers the window's socket in DIR and
# writes each message it gets to DIR/window-messages.
fake_window() {
	local dir=$1
	env "$TOOL_MARK" "$PY" -c '
import os, socket, sys
path, out = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX)
s.bind(path)
s.listen(4)
while True:
    c, _ = s.accept()
    line = c.makefile().readline()
    with open(out, "a") as f:
        f.write(line)
    c.sendall(b"ok\n")
    c.close()
' "$dir/window.sock" "$dir/window-messages" &
	cleanup_push "stop_pid $! fake-window"
}

# make_data DIR [LANGUAGE]: settings, and a journal whose last session makes the next one due
# about 4 s from now: the day's second (the script runs at local noon, see at_local_noon).
make_data() {
	local dir=$1 language=${2-en} now end start
	mkdir -p "$dir"
	cat >"$dir/settings.json" <<-JSON
		{"day_start": "00:00", "day_end": "23:59", "gap_minutes": 240, "sessions_per_day": 3,
		 "snooze_minutes": 15, "follow_up_minutes": 20, "start_at_login": false, "flare_rest_days": 3,
		 "language": "$language"}
	JSON
	now=$(date +%s)
	end=$(date -u -d "@$((now - 240 * 60 + 4))" +%Y-%m-%dT%H:%M:%SZ)
	start=$(date -u -d "@$((now - 280 * 60))" +%Y-%m-%dT%H:%M:%SZ)
	printf '{"v":1,"kind":"session","session":{"id":"e2e","program":"lumbar","start":"%s","end":"%s","completed":true,"exercises":[]}}\n' \
		"$start" "$end" >"$dir/journal.jsonl"
}

# agent_start NAME [ENV...]: an agent for $TOOL_TMP/NAME; its PID in AGENT[NAME].
declare -A AGENT
agent_start() {
	local name=$1
	shift
	env "$TOOL_MARK" "$@" "$BIN" --data-dir "$TOOL_TMP/$name" agent 2>"$OUT/agent-$name.log" &
	AGENT[$name]=$!
	cleanup_push "stop_pid ${AGENT[$name]} agent-$name"
}

# note NAME FIELD: FIELD of the last Notify from agent NAME, as JSON ("" if none).
note() {
	"$PY" - "$NOTES" "${AGENT[$1]}" "$2" <<-'PYEOF'
		import json, sys
		last = None
		for line in open(sys.argv[1], encoding="utf-8"):
		    e = json.loads(line)
		    if e["call"] == "Notify" and e["pid"] == int(sys.argv[2]):
		        last = e
		print(json.dumps(last[sys.argv[3]], ensure_ascii=False) if last else "")
	PYEOF
}

# invoke NAME KEY: the user chooses KEY on agent NAME's reminder.
invoke() {
	dbus-send --session --type=method_call --dest=org.freedesktop.Notifications /org/freedesktop/Notifications \
		io.github.spinecoach.FakeDesktop.Invoke "uint32:$(note "$1" id)" "string:$2"
}

# withdrawn NAME: agent NAME closed its reminder within 5 s.
withdrawn() { wait_for "$NOTES" "\"call\": \"CloseNotification\", \"id\": $(note "$1" id), \"pid\": ${AGENT[$1]}" 5; }

# last_record NAME: the last line of NAME's journal.
last_record() { tail -n1 "$TOOL_TMP/$1/journal.jsonl"; }

# --- a service with actions, no tray host ------------------------------------------------------
fake_start org.freedesktop.Notifications "$NOTES"
for name in click start snooze skip moot; do
	make_data "$TOOL_TMP/$name"
	fake_window "$TOOL_TMP/$name"
done
make_data "$TOOL_TMP/ru" ""
make_data "$TOOL_TMP/ruset" ru
for name in click start snooze skip moot; do agent_start "$name" LANG=en_US.UTF-8; done
agent_start ru LANGUAGE=ru LANG=C
agent_start ruset LANG=en_US.UTF-8

t0=$SECONDS
for ((i = 0; i < 100; i++)); do
	(($(grep -c '"call": "Notify"' "$NOTES") >= 7)) && break
	sleep 0.2
done
if (($(grep -c '"call": "Notify"' "$NOTES") >= 7)); then
	pass "seven agents sent their reminders through the service's Notify ($((SECONDS - t0)) s after start)"
else
	fail "not every agent sent a reminder within 20 s: $(grep -c '"call": "Notify"' "$NOTES") of 7"
fi

want_actions='[["default", "Start session now"], ["start", "Start now"], ["snooze", "In 15 minutes"], ["skip", "Skip this one"]]'
got=$(note click actions)
if [[ $got == "$want_actions" ]]; then
	pass "the reminder carries the click and three buttons: $got"
else
	fail "the reminder's actions are $got, want $want_actions"
fi
if [[ $(note click summary) == '"Time for your back exercises"' && $(note click body) == '"Session 2 of 3 today, about 40 minutes."' &&
	$(note click app) == '"Spine Coach"' ]]; then
	pass "the reminder comes from \"Spine Coach\" and says $(note click body)"
else
	fail "the reminder says $(note click app) $(note click summary) $(note click body)"
fi
if [[ $(note click resident) == true && $(note click timeout) == 0 ]]; then
	pass "with no tray host on the bus the reminder is resident and does not expire"
else
	fail "with no tray host: resident $(note click resident), timeout $(note click timeout)"
fi

invoke click default
if wait_for "$TOOL_TMP/click/window-messages" '^start$' 5; then
	pass "a click on the reminder opened the window on a session's start"
else
	fail "a click on the reminder did not reach the window"
fi
if withdrawn click; then pass "the clicked reminder was withdrawn"; else fail "the clicked reminder was not withdrawn"; fi

invoke start start
if wait_for "$TOOL_TMP/start/window-messages" '^start$' 5 && withdrawn start; then
	pass "\"Start now\" opened the window on a session's start and withdrew the reminder"
else
	fail "\"Start now\" did not open the window or withdraw the reminder"
fi

invoke snooze snooze
if wait_for "$TOOL_TMP/snooze/journal.jsonl" '"kind":"snooze"' 5; then
	rec=$(last_record snooze)
	minutes=$("$PY" -c 'import json,sys,datetime as d
r=json.loads(sys.argv[1])["snooze"]
p=lambda s: d.datetime.fromisoformat(s.replace("Z","+00:00"))
print(round((p(r["until"])-p(r["at"])).total_seconds()/60))' "$rec")
	until=$("$PY" -c 'import json,sys,datetime as d
r=json.loads(sys.argv[1])["snooze"]
print(d.datetime.fromisoformat(r["until"].replace("Z","+00:00")).astimezone().strftime("%Y-%m-%d %H:%M:%S"))' "$rec")
	if ((minutes == 15)); then pass "\"In 15 minutes\" wrote a snooze of 15 minutes"; else fail "the snooze is $minutes minutes: $rec"; fi
	if wait_for "$OUT/agent-snooze.log" "next session due $until \\(snoozed\\)" 5; then
		pass "the next reminder is due at the snooze's end ($until)"
	else
		fail "the agent does not say the next reminder is due at $until"
	fi
else
	fail "\"In 15 minutes\" wrote no snooze to the journal"
fi
if withdrawn snooze; then pass "the snoozed reminder was withdrawn"; else fail "the snoozed reminder was not withdrawn"; fi

invoke skip skip
if wait_for "$TOOL_TMP/skip/journal.jsonl" '"kind":"skip"' 5 && withdrawn skip; then
	pass "\"Skip this one\" wrote a skip and withdrew the reminder"
else
	fail "\"Skip this one\": no skip record or not withdrawn ($(last_record skip))"
fi

# A session started from the window: its checkpoint, then the window's "wake".
printf '{"v":1,"kind":"session","session":{"id":"w","program":"lumbar","start":"%s","end":"0001-01-01T00:00:00Z","completed":false,"exercises":[]}}\n' \
	"$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$TOOL_TMP/moot/session.checkpoint.json"
timeout 10 env "$TOOL_MARK" "$BIN" --data-dir "$TOOL_TMP/moot" agent 2>>"$OUT/agent-moot2.log" || true
if withdrawn moot; then
	pass "a session started from the window withdrew the reminder"
else
	fail "a session started from the window did not withdraw the reminder"
fi

want_ru='[["default", "Начать занятие сейчас"], ["start", "Начать"], ["snooze", "Через 15 минут"], ["skip", "Пропустить занятие"]]'
if [[ $(note ru summary) == '"Пора сделать упражнения для спины"' && $(note ru body) == '"Занятие 2 из 3 на сегодня, около 40 минут."' &&
	$(note ru actions) == "$want_ru" ]]; then
	pass "with LANGUAGE=ru LANG=C the reminder is Russian: $(note ru summary) $(note ru body) $(note ru actions)"
else
	fail "with LANGUAGE=ru LANG=C: $(note ru summary) $(note ru body) $(note ru actions)"
fi

if [[ $(note ruset summary) == '"Пора сделать упражнения для спины"' && $(note ruset actions) == "$want_ru" ]]; then
	pass "with Русский chosen in Settings on an English system (LANG=en_US.UTF-8) the reminder is Russian"
else
	fail "with Русский chosen in Settings: $(note ruset summary) $(note ruset actions)"
fi

# --- a tray host appears -------------------------------------------------------------------------
WATCH="$OUT/watcher.jsonl"
watcher_pid=$FAKE_PID
fake_start org.kde.StatusNotifierWatcher "$WATCH" --watcher
FAKE_PID=$watcher_pid
if wait_for "$OUT/agent-click.log" 'tray: a tray host shows the icon' 5 &&
	wait_for "$WATCH" "\"call\": \"RegisterStatusNotifierItem\".*\"pid\": ${AGENT[click]}}" 5; then
	pass "a tray host that came later got the running agent's icon"
else
	fail "a tray host that came later did not get the agent's icon"
fi
make_data "$TOOL_TMP/tray"
agent_start tray LANG=en_US.UTF-8
wait_for "$NOTES" "\"pid\": ${AGENT[tray]}" 20 || true
if [[ $(note tray resident) == false && $(note tray timeout) == -1 ]]; then
	pass "with a tray host the reminder is not resident and expires as the service decides"
else
	fail "with a tray host: resident $(note tray resident), timeout $(note tray timeout)"
fi

for name in click start snooze skip moot ru ruset tray; do stop_pid "${AGENT[$name]}" "agent-$name"; done

# --- a service without actions -------------------------------------------------------------------
stop_pid "$FAKE_PID" fake-notifyd
for ((i = 0; i < 50; i++)); do has_owner org.freedesktop.Notifications || break; sleep 0.1; done
fake_start org.freedesktop.Notifications "$NOTES" --no-actions
make_data "$TOOL_TMP/plain"
agent_start plain LANG=en_US.UTF-8
wait_for "$NOTES" "\"pid\": ${AGENT[plain]}" 20 || true
if [[ $(note plain actions) == '[]' && $(note plain body) == *'from the Spine Coach icon.'* ]]; then
	pass "a service without actions got the plain notification: $(note plain body)"
else
	fail "a service without actions: actions $(note plain actions), body $(note plain body)"
fi
stop_pid "${AGENT[plain]}" agent-plain

if ((failures > 0)); then
	printf -- '--- agent logs (%s) ---\n' "$OUT"
	tail -n 20 "$OUT"/agent-*.log
	printf 'agent-actions-e2e: FAIL (%d checks failed)\n' "$failures"
	exit 1
fi
printf 'agent-actions-e2e: PASS\n'
