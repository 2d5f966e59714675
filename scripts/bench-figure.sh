#!/usr/bin/env bash
# scripts/bench-figure.sh [BIN]: what the animated exercise figure costs (default bin/spinecoach).
# It builds nothing.
#
# Under a private Xvfb and session bus, for each mode and each run, it starts the coach window
# with a fresh data folder and a fresh config folder (XDG_CONFIG_HOME, so Fyne's settings.json
# is ours and the user's is untouched), presses BENCH_KEYS to start a session and skip its
# get-ready countdown, waits BENCH_SETTLE seconds, then reads the process's CPU time (utime +
# stime in /proc/PID/stat, in CLK_TCK ticks) over BENCH_SECONDS while the first exercise runs:
# 30 paced repetitions of 10 s, so the figure moves throughout.
# Modes:
#   animated    the built-in program, Fyne animations on (the figure and the beat bar move)
#   still       the same with {"no_animations": true} in $XDG_CONFIG_HOME/fyne/settings.json,
#               which Fyne 2.7 reads at start (app/settings.go: ShowAnimations); key poses only
#   floor       not the coach: scripts/benchwindow, a Fyne window of the coach's size (as an
#               earlier run found it) with nothing on it, repainted 15 times a second (built
#               here with $GO). Under Xvfb (software GL) every frame repaints the whole
#               window; this is what that costs before anything is drawn, the least any
#               animation at that rate can cost.
#   no-figure   animations on, the built-in program without its "figure" keys (needs jq):
#               the beat bar moves, a numbered panel stands where the figure was. This is not
#               "the same minus the figure": the big panel costs more pixels than the figure.
# The modes take turns run by run. It prints each run and the median of each mode as a share
# of one core, and the load average, as other work on the machine inflates the figures.
#
# Environment: BENCH_RUNS [3], BENCH_SETTLE [3], BENCH_SECONDS [60], BENCH_MODES
# ["animated still floor"], BENCH_KEYS ["Escape Return Return space"], BENCH_SHOTS [] (a
# folder: a screenshot of each run's window at the end of its measurement: check that the
# session ran, as the keys follow the app's start-up questions), XVFB_SCREEN [1280x860x24].
set -euo pipefail
TOOL_NAME=bench-figure
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export XVFB_SCREEN=${XVFB_SCREEN:-1280x860x24}
. scripts/xvfb.sh

BIN=${1:-bin/spinecoach}
RUNS=${BENCH_RUNS:-3}
SETTLE=${BENCH_SETTLE:-3}
SECS=${BENCH_SECONDS:-60}
MODES=${BENCH_MODES:-animated still floor}
SHOTS=${BENCH_SHOTS:-}
COACH_SIZE= # the coach's window, WIDTHxHEIGHT, once a run has found it
# Escape answers "Not now" to the first-run question (the home screen ignores it), Return
# starts the session, Return skips "How is your back right now?", Space is "Start now" on the
# 15 s get-ready countdown: without it a quarter of a 60 s run would measure the countdown.
KEYS=${BENCH_KEYS:-Escape Return Return space}
[[ -x $BIN ]] || die "binary $BIN not found or not executable (run: make build)"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[[ -z $SHOTS ]] || { mkdir -p "$SHOTS" && SHOTS=$(cd "$SHOTS" && pwd); }
need getconf awk xdotool

tool_init
xvfb_start
NOTIFY_DAEMON=0 bus_start

cpu_ticks() {
	local stat
	stat=$(cat "/proc/$1/stat")
	stat=${stat##*) } # after the command name, which may hold spaces
	# shellcheck disable=SC2086 # split the fields on purpose
	set -- $stat
	# Fields 14 and 15 of stat are utime and stime; $1 here is field 3.
	echo $((${12} + ${13}))
}

if [[ " $MODES " == *" floor "* ]]; then
	"${GO:-go}" build -o "$TOOL_TMP/benchwindow" scripts/benchwindow/main.go || die "cannot build scripts/benchwindow"
fi
if [[ " $MODES " == *" no-figure "* ]]; then
	if command -v jq >/dev/null 2>&1; then
		"$BIN" program 2>/dev/null | jq 'del(.exercises[].figure)' >"$TOOL_TMP/no-figure.json"
	else
		log "no jq: skipping the no-figure mode"
		MODES=${MODES//no-figure/}
	fi
fi

# run MODE N: one measured run; sets RUN_TICKS.
run() {
	local mode=$1 n=$2 dir="$TOOL_TMP/$1-$2" app wid t0 t1 title='^Spine Coach$' keys=$KEYS
	local cmd=("$BIN" --data-dir "$dir/data")
	mkdir -p "$dir/data" "$dir/config/fyne"
	case $mode in
	still) echo '{"no_animations": true}' >"$dir/config/fyne/settings.json" ;;
	no-figure) cmd+=(--program "$TOOL_TMP/no-figure.json") ;;
	floor)
		# The coach's window size, as an earlier run found it, else benchwindow's default.
		cmd=("$TOOL_TMP/benchwindow" -fps 15 ${COACH_SIZE:+-size "$COACH_SIZE"}) title='^Bench window$' keys=
		;;
	esac
	XDG_CONFIG_HOME="$dir/config" env "$TOOL_MARK" "${cmd[@]}" >"$dir/app.log" 2>&1 &
	app=$!
	cleanup_push "stop_pid $app app"
	wid=$(find_window "$title" "$app" 20) || { tail -n 20 "$dir/app.log" >&2; die "$mode run $n: no window"; }
	sleep 1 # let the app finish mapping and sizing its window
	[[ $mode == floor ]] || COACH_SIZE=$(xdotool getwindowgeometry "$wid" | awk '/Geometry:/ { print $2 }')
	xdotool windowfocus "$wid" 2>/dev/null || true
	for key in $keys; do
		xdotool key --window "$wid" "$key"
		sleep 0.7
	done
	sleep "$SETTLE"
	t0=$(cpu_ticks "$app")
	sleep "$SECS"
	alive "$app" || { tail -n 20 "$dir/app.log" >&2; die "$mode run $n: the app exited"; }
	t1=$(cpu_ticks "$app")
	[[ -z $SHOTS ]] || import -window "$wid" "$SHOTS/$mode-$n.png" 2>/dev/null || true
	stop_pid "$app" app
	RUN_TICKS=$((t1 - t0))
}

tck=$(getconf CLK_TCK)
pct() { awk -v t="$1" -v hz="$tck" -v s="$SECS" 'BEGIN { printf "%.2f", 100 * t / hz / s }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The modes take turns, run by run, so that a machine busy with something else for a while
# (a build, another benchmark) weighs on every mode alike rather than on one.
declare -A med ticks
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for ((n = 1; n <= RUNS; n++)); do
	for mode in $MODES; do
		log "$mode, run $n of $RUNS: ${SETTLE}s get ready, then ${SECS}s measured"
		run "$mode" "$n"
		ticks[$mode]+="$RUN_TICKS "
	done
done
out=$(printf '%-10s' mode)
for ((n = 1; n <= RUNS; n++)); do out+=$(printf ' %8s' "run $n"); done
out+=$(printf ' %8s' median)$'\n'
for mode in $MODES; do
	row=$(printf '%-10s' "$mode")
	# shellcheck disable=SC2086 # split the runs on purpose
	for t in ${ticks[$mode]}; do row+=$(printf ' %7s%%' "$(pct "$t")"); done
	# shellcheck disable=SC2086
	med[$mode]=$(median ${ticks[$mode]})
	row+=$(printf ' %7s%%' "$(pct "${med[$mode]}")")
	out+="$row"$'\n'
done
printf '\nCPU, share of one core, over %ss of paced repetitions (CLK_TCK %s, %s cores)\n%s' "$SECS" "$tck" "$(nproc)" "$out"
# Other work on the machine slows llvmpipe's threads down and inflates every figure here.
printf 'load average (1, 5, 15 min): %s at the start, %s at the end\n' "$load0" "$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n ${med[animated]:-} && -n ${med[floor]:-} ]]; then
	printf 'an empty window repainted as often costs %s%% of a core: the coach draws for %s%% on top of it\n' \
		"$(pct "${med[floor]}")" \
		"$(awk -v a="${med[animated]}" -v b="${med[floor]}" -v hz="$tck" -v s="$SECS" 'BEGIN { printf "%.2f", 100 * (a - b) / hz / s }')"
fi
if [[ -n ${med[animated]:-} && -n ${med[still]:-} ]]; then
	printf 'animations add %s%% of a core (animated - still, medians)\n' \
		"$(awk -v a="${med[animated]}" -v b="${med[still]}" -v hz="$tck" -v s="$SECS" 'BEGIN { printf "%.2f", 100 * (a - b) / hz / s }')"
fi
