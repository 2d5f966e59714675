#!/usr/bin/env bash
# scripts/figures-sheet.sh [BIN] [OUT]: a contact sheet of the exercise drawings, to look at
# (default bin/spinecoach and build/figures-sheet.png). It builds nothing.
#
# One row per exercise: its card as `spinecoach figures` writes it (the same drawing as the
# home screen and the doctor's report), then the session's figure at the start, the middle
# and the end of a repetition or hold, to the right and, for two-sided exercises, to the left
# (drawn by internal/figure's TestWriteMoments). Needs rsvg-convert and ImageMagick's montage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${1:-bin/spinecoach}
OUT=${2:-build/figures-sheet.png}
GO=${GO:-go}
[[ -x $BIN ]] || { echo "figures-sheet: $BIN not found (run: make build)" >&2; exit 1; }
for tool in rsvg-convert montage; do
	command -v "$tool" >/dev/null || { echo "figures-sheet: $tool is missing (run: make deps-test)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LANG=en_US.UTF-8 "$BIN" figures --out "$tmp/cards" >/dev/null
CGO_ENABLED=0 "$GO" test ./internal/figure -run '^TestWriteMoments$' -count=1 -moments "$tmp/moments" >/dev/null
tiles=()
for card in "$tmp"/cards/*.svg; do
	name=$(basename "$card" .svg)
	[[ $name == *-start || $name == *-end ]] && continue
	n=${name%%-*}
	rsvg-convert -h 360 -b white "$card" -o "$tmp/$name.png"
	tiles+=(-label "$name" "$tmp/$name.png")
	for side in right left; do
		for k in 0 1 2; do
			f="$tmp/moments/$n-$side-$k.svg"
			[[ -f $f ]] || continue
			rsvg-convert -w 360 -b white "$f" -o "$tmp/m-$n-$side-$k.png"
			tiles+=(-label "$side $(echo start middle end | cut -d' ' -f$((k + 1)))" "$tmp/m-$n-$side-$k.png")
		done
	done
	# Pad each row to the same number of tiles: the card and up to six moments.
	count=0
	for f in "$tmp"/moments/"$n"-*.svg; do count=$((count + 1)); done
	for ((i = count; i < 6; i++)); do tiles+=(-label "" "null:"); done
done
mkdir -p "$(dirname "$OUT")"
font=()
if command -v fc-match >/dev/null; then font=(-font "$(fc-match -f '%{file}' sans)"); fi
montage "${tiles[@]}" "${font[@]}" -tile 7x -geometry '+8+8' -pointsize 18 -background white "$OUT"
echo "wrote $OUT"
