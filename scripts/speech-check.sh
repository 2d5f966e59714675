#!/usr/bin/env bash
# scripts/speech-check.sh: the voice against the machine's real speech service (part of make test).
#   1. speech-dispatcher, started by the app's own code as it would be when not running (in a
#      private runtime folder, logging at level 5, playing through ALSA into a file, as a machine
#      without a sound card has nowhere else to play), receives a Russian line and a second one
#      that cuts it off over SSIP; its log shows both queued, and what it played is not silent.
#   2. espeak-ng, the voice speech-dispatcher uses, records the same line in Russian and an
#      English one to WAV files, and sox finds them long enough and not silent.
# Skipped, and passing, where speech-dispatcher is not installed (make test installs it).
# Environment: GO [go]. Takes about 2 s once the Go build cache is warm (the core step warms it).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
GO=${GO:-go}

if ! command -v speech-dispatcher >/dev/null 2>&1; then
	echo "SKIP: speech-dispatcher is not installed (scripts/deps.sh run installs it)"
	exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/spinecoach-speech.XXXXXX")
pidfile="$dir/run/speech-dispatcher/pid/speech-dispatcher.pid"
cleanup() {
	# Only the dispatcher this check started, by the id it wrote; it may take a moment to stop.
	local pid
	pid=$(cat "$pidfile" 2>/dev/null)
	if [[ $pid =~ ^[0-9]+$ ]] && kill "$pid" 2>/dev/null; then
		for _ in $(seq 30); do
			kill -0 "$pid" 2>/dev/null && [[ $(ps -o stat= -p "$pid" 2>/dev/null) != Z* ]] || break
			sleep 0.1
		done
		kill -9 "$pid" 2>/dev/null
	fi
	rm -rf "$dir"
}
trap cleanup EXIT

# A private configuration: the system's, logging every message to this folder and playing
# through ALSA into played.wav (without a device, speech-dispatcher hangs on CANCEL).
mkdir -p "$dir/run" "$dir/config" "$dir/log" "$dir/home"
cp -r /etc/speech-dispatcher "$dir/config/"
sed -i -e 's/^\(# *\)\{0,1\}LogLevel .*/LogLevel 5/' -e "s|^\\(# *\\)\\{0,1\\}LogDir .*|LogDir \"$dir/log\"|" \
	"$dir/config/speech-dispatcher/speechd.conf"
echo 'AudioOutputMethod "alsa"' >>"$dir/config/speech-dispatcher/speechd.conf"
echo "pcm.!default { type file slave.pcm \"null\" file \"$dir/played.wav\" format \"wav\" }" >"$dir/home/.asoundrc"

line='Подъём таза, 5 раз, по 10 секунд'
rc=0
# HOME and XDG_CONFIG_HOME move for speech-dispatcher; Go keeps its own caches and settings.
gocache=$("$GO" env GOCACHE) gomodcache=$("$GO" env GOMODCACHE) gopath=$("$GO" env GOPATH) goenv=$("$GO" env GOENV)
if ! GOENV="$goenv" GOCACHE="$gocache" GOMODCACHE="$gomodcache" GOPATH="$gopath" HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" XDG_CONFIG_HOME="$dir/config" SPEECHD_ADDRESS= SPINECOACH_SPEECH_CHECK="$line" \
	CGO_ENABLED=0 "$GO" test -count=1 -run '^TestRealSpeechDispatcher$' -v ./internal/speech/ >"$dir/test.log" 2>&1; then
	echo "FAIL: the voice could not say a line through speech-dispatcher:"
	sed 's/^/  /' "$dir/test.log"
	rc=1
elif grep -q -- '--- SKIP' "$dir/test.log"; then
	echo "FAIL: the real-service test was skipped"
	rc=1
else
	# The service logs each message it queues: "Queueing message |TEXT| with priority N".
	queued() { grep -aqF "Queueing message |$line|" "$dir"/log/speech-dispatcher.log 2>/dev/null &&
		grep -aqF "Queueing message |Вправо|" "$dir"/log/speech-dispatcher.log 2>/dev/null; }
	for _ in $(seq 50); do
		queued && break
		sleep 0.1
	done
	if queued; then
		echo "PASS: speech-dispatcher queued \"$line\" and \"Вправо\" after it ($(grep -o 'answered in [0-9.]*m\{0,1\}s' "$dir/test.log"))"
	else
		echo "FAIL: speech-dispatcher's log does not show \"$line\" and \"Вправо\" queued"
		tail -n 20 "$dir"/log/speech-dispatcher.log 2>/dev/null | sed 's/^/  /'
		rc=1
	fi
fi

# loud FILE ARGS...: whether sox finds FILE (read with ARGS) longer than MIN s and not silent;
# prints what it found.
loud() {
	local file=$1 min=$2 stat len rms
	shift 2
	stat=$(sox "$@" "$file" -n stat 2>&1)
	len=$(awk '/^Length/ {print $3}' <<<"$stat")
	rms=$(awk '/^RMS +amplitude/ {print $3}' <<<"$stat")
	echo "${len:-?} s, RMS amplitude ${rms:-?}"
	awk -v l="${len:-0}" -v r="${rms:-0}" -v m="$min" 'BEGIN { exit !(l > m && r > 0.01) }'
}

# What speech-dispatcher played: ALSA's file plugin leaves the WAV header's sizes at 0 until
# the stream closes, so the samples are read raw, in the format the header gives.
if [[ $rc == 0 ]] && command -v sox >/dev/null 2>&1; then
	size=-1
	for _ in $(seq 30); do # until the file stops growing: the voice has finished
		sleep 0.1
		new=$(stat -c %s "$dir/played.wav" 2>/dev/null || echo 0)
		[[ $new == "$size" && $new -gt 44 ]] && break
		size=$new
	done
	if ((size > 44)); then
		channels=$(od -An -t u2 -j 22 -N 2 "$dir/played.wav" | tr -d ' ')
		rate=$(od -An -t u4 -j 24 -N 4 "$dir/played.wav" | tr -d ' ')
		bits=$(od -An -t u2 -j 34 -N 2 "$dir/played.wav" | tr -d ' ')
		tail -c +45 "$dir/played.wav" >"$dir/played.raw"
		if found=$(loud "$dir/played.raw" 0.3 -t raw -r "$rate" -e signed -b "$bits" -c "$channels"); then
			echo "PASS: speech-dispatcher played the voice: $found"
		else
			echo "FAIL: what speech-dispatcher played is too short or silent: $found"
			rc=1
		fi
	else
		echo "FAIL: speech-dispatcher played nothing into $dir/played.wav"
		rc=1
	fi
fi

if command -v espeak-ng >/dev/null 2>&1 && command -v sox >/dev/null 2>&1; then
	for v in "ru:$line" "en:Pelvic lift, 5 times, hold 10 seconds each"; do
		lang=${v%%:*} text=${v#*:}
		espeak-ng -v "$lang" -w "$dir/$lang.wav" "$text" || {
			echo "FAIL: espeak-ng could not say the $lang line"
			rc=1
			continue
		}
		if found=$(loud "$dir/$lang.wav" 1); then
			echo "PASS: espeak-ng says the $lang line: $found"
		else
			echo "FAIL: espeak-ng's $lang recording is too short or silent: $found"
			rc=1
		fi
	done
else
	echo "SKIP: espeak-ng or sox is missing: the recording is not checked"
fi
exit "$rc"
