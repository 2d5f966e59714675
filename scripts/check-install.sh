#!/usr/bin/env bash
# scripts/check-install.sh: make install into a throwaway home, start the app as a desktop would
# (the Exec= line of the installed menu entry) under a private X server, see the "Spine Coach"
# window, close it, then make uninstall and check that no file of the program is left.
# The real home is never touched: HOME, PREFIX and XDG_* point into a temp folder.
# Needs the test packages (scripts/deps.sh test) and dist/ from make package (built if missing).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
TOOL_NAME=check-install
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh
tool_init
need xdotool xprop desktop-file-validate

export GO=${GO:-go}
# Go's caches stay where they are (tool_init pinned GOCACHE and GOENV); the rest moves.
GOMODCACHE=$("$GO" env GOMODCACHE)
GOPATH=$("$GO" env GOPATH)
export GOMODCACHE GOPATH
export HOME="$TOOL_TMP/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export PREFIX="$HOME/.local"
unset DESTDIR
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
app=io.github.spinecoach

snapshot() { (cd "$HOME" && find . \( -type f -o -type l \) | LC_ALL=C sort); }
before=$(snapshot)

make --no-print-directory install >"$TOOL_TMP/install.log" 2>&1 || {
	cat "$TOOL_TMP/install.log" >&2
	die "make install failed"
}
log "PASS: make install into $PREFIX"
desktop=$XDG_DATA_HOME/applications/$app.desktop
for f in "$PREFIX/bin/spinecoach" "$desktop" "$XDG_DATA_HOME/icons/hicolor/16x16/apps/$app.png" \
	"$XDG_DATA_HOME/icons/hicolor/256x256/apps/$app.png" "$XDG_DATA_HOME/icons/hicolor/scalable/apps/$app.svg"; do
	[[ -f $f ]] || die "make install did not write $f"
done
desktop-file-validate "$desktop" || die "the installed $desktop is not valid"
log "PASS: binary, menu entry (valid) and icons 16 to 512 px are in place"

# The Exec line, as a launcher runs it (no field codes in ours; words split as the spec says for
# an entry without quotes, which is what install writes for a path without special characters).
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
[[ $exec_line == "$PREFIX/bin/spinecoach" ]] || die "Exec=$exec_line, want the installed binary $PREFIX/bin/spinecoach"
read -r -a argv <<<"$exec_line"
log "PASS: Exec=$exec_line"

xvfb_start
bus_start
data="$TOOL_TMP/data"
mkdir -p "$data"
# A user who already answered the first-run question, so no dialog covers the window.
printf '{"start_at_login_asked": true, "start_at_login": false}\n' >"$data/settings.json"
SPINECOACH_DATA=$data env "$TOOL_MARK" "${argv[@]}" >"$TOOL_TMP/app.log" 2>&1 &
pid=$!
cleanup_push "stop_pid $pid spinecoach"
t0=$SECONDS
if ! wid=$(find_window "$(regex_quote "Spine Coach")" "$pid" 30); then
	cat "$TOOL_TMP/app.log" >&2
	die "no \"Spine Coach\" window within 30 s of starting $exec_line"
fi
log "PASS: the installed app opened its \"Spine Coach\" window ($wid) in $((SECONDS - t0))s"
# A launcher ties the window to its menu entry by StartupWMClass = the window's WM_CLASS.
class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
if [[ -n $class ]]; then
	wm_class=$(xprop -id "$wid" WM_CLASS 2>/dev/null || true)
	[[ $wm_class == *"\"$class\""* ]] || die "StartupWMClass=$class, but the window's $wm_class"
	log "PASS: the window's $wm_class matches StartupWMClass=$class"
fi
x11_close "$wid" || die "could not ask the window to close"
for ((i = 0; i < 50; i++)); do
	alive "$pid" || break
	sleep 0.2
done
alive "$pid" && die "the app did not exit within 10 s of closing its window"
wait "$pid" 2>/dev/null || true
log "PASS: closing the window ended the app"
sweep_marked "" # the reminder agent the window may have started

# Start at login, as the app writes it when the user says yes: uninstall must remove it too.
mkdir -p "$XDG_CONFIG_HOME/autostart"
printf '[Desktop Entry]\nType=Application\nName=Spine Coach reminders\nExec=%s agent\n' "$PREFIX/bin/spinecoach" \
	>"$XDG_CONFIG_HOME/autostart/$app.agent.desktop"

make --no-print-directory uninstall >"$TOOL_TMP/uninstall.log" 2>&1 || {
	cat "$TOOL_TMP/uninstall.log" >&2
	die "make uninstall failed"
}
grep -q 'kept your data' "$TOOL_TMP/uninstall.log" || die "make uninstall did not say that the data is kept"
after=$(snapshot)
# What may remain, each for a reason; anything else is a file of the program left behind:
#   .config/fyne/io.github.spinecoach/  the user's data folder: kept on purpose
#   .cache/                             caches the run made (Mesa's shaders, the font index)
#   .config/go/                         the go command's telemetry counters, from make install
#   .../applications/mimeinfo.cache     update-desktop-database's index, if it names no spinecoach
left=$(comm -13 <(echo "$before") <(echo "$after"))
bad='' kept=''
while IFS= read -r f; do
	case $f in
	"") continue ;;
	./.config/fyne/$app/* | ./.cache/* | ./.config/go/*) kept+="${f%/*}/ " ;;
	*/mimeinfo.cache) grep -qi spinecoach "$HOME/$f" && bad+="$f " || kept+="$f " ;;
	*) bad+="$f " ;;
	esac
done <<<"$left"
[[ -z $bad ]] || die "make uninstall left files of the program behind: $bad"
kept=$(tr ' ' '\n' <<<"$kept" | sed -E 's|^(\./\.cache/[^/]*).*|\1|' | sort -u | tr '\n' ' ')
log "PASS: make uninstall removed every file it installed and the start-at-login entry"
log "  still there, as intended: ${kept:-nothing}"
log "all checks passed"
