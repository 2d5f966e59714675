#!/usr/bin/env bash
# scripts/bench-idle.sh [BIN]: what waiting costs (default bin/spinecoach). It builds nothing.
#
# Under a private Xvfb and a private D-Bus session bus with a notification daemon, it starts the
# reminder agent (`BIN --data-dir DIR agent`) and, for comparison, the coach window
# (`BIN --data-dir DIR2`), each with its own fresh data folder, side by side. After BENCH_SETTLE
# seconds it reads each one's resident memory (VmRSS in /proc/PID/status), then its CPU time
# (utime + stime in /proc/PID/stat, in CLK_TCK ticks) over BENCH_SECONDS of idling, and prints
# a table with the share of one core. Targets for the agent: under 25 MiB and under 0.05%.
#
# Environment: BENCH_SETTLE [30], BENCH_SECONDS [120], BENCH_WINDOW [1] (0 = agent only).
# Exits non-zero if a process dies or the agent misses a target.
set -euo pipefail
# shellcheck disable=SC2034 # read by scripts/xvfb.sh
TOOL_NAME=bench-idle
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh

BIN=${1:-bin/spinecoach}
SETTLE=${BENCH_SETTLE:-30}
SECS=${BENCH_SECONDS:-120}
WITH_WINDOW=${BENCH_WINDOW:-1}
[[ -x $BIN ]] || {
	printf 'FAIL binary %s not found or not executable (run: make build)\n' "$BIN"
	exit 1
}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
need getconf awk

tool_init
xvfb_start
bus_start

# rss_kib PID / cpu_ticks PID: resident KiB; utime + stime in ticks.
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpu_ticks() {
	local stat
	stat=$(cat "/proc/$1/stat")
	stat=${stat##*) } # after the command name, which may hold spaces
	# shellcheck disable=SC2086 # split the fields on purpose
	set -- $stat
	# Fields 14 and 15 of stat are utime and stime; $1 here is field 3.
	echo $((${12} + ${13}))
}

names=() pids=()
start() {
	local name=$1
	shift
	env "$TOOL_MARK" "$@" >"$TOOL_TMP/$name.log" 2>&1 &
	names+=("$name")
	pids+=($!)
	cleanup_push "stop_pid $! $name"
}
start agent "$BIN" --data-dir "$TOOL_TMP/agent-data" agent
((WITH_WINDOW == 0)) || start window "$BIN" --data-dir "$TOOL_TMP/window-data"

log "settling for ${SETTLE}s"
sleep "$SETTLE"
tck=$(getconf CLK_TCK)
declare -a rss t0
for i in "${!pids[@]}"; do
	alive "${pids[i]}" || {
		cat "$TOOL_TMP/${names[i]}.log" >&2
		die "${names[i]} exited during the settle time"
	}
	rss[i]=$(rss_kib "${pids[i]}")
	t0[i]=$(cpu_ticks "${pids[i]}")
done
log "measuring CPU over ${SECS}s of idling"
sleep "$SECS"

status=0
printf '\n%-8s %12s %14s %10s\n' program resident "CPU ticks/${SECS}s" "% of a core"
for i in "${!pids[@]}"; do
	alive "${pids[i]}" || {
		printf '%-8s died during the measurement\n' "${names[i]}"
		status=1
		continue
	}
	ticks=$(($(cpu_ticks "${pids[i]}") - t0[i]))
	pct=$(awk -v t="$ticks" -v hz="$tck" -v s="$SECS" 'BEGIN { printf "%.3f", 100 * t / hz / s }')
	mib=$(awk -v k="${rss[i]}" 'BEGIN { printf "%.1f", k / 1024 }')
	printf '%-8s %8s MiB %14s %10s%%\n' "${names[i]}" "$mib" "$ticks" "$pct"
	if [[ ${names[i]} == agent ]]; then
		awk -v m="$mib" -v p="$pct" 'BEGIN { exit !(m < 25 && p < 0.05) }' ||
			{ printf 'agent misses a target: under 25 MiB and under 0.05%% of a core\n'; status=1; }
	fi
done
printf '(resident after %ss; CPU over the next %ss; CLK_TCK %s)\n' "$SETTLE" "$SECS" "$tck"
exit "$status"
