#!/usr/bin/env bash
# scripts/check-windows.sh: the Windows build under Wine, in a private Wine prefix and a private X
# server (make test-windows; a step of make test).
#   stub     Wine 8.0 has no bcryptprimitives.dll, which Go 1.24+ needs at start-up: a stand-in
#            (scripts/packaging/bcryptprimitives.c, ProcessPrng over RtlGenRandom) is built with
#            mingw-w64 into build/tools/ and copied into the prefix's system32. Never shipped.
#   version  spinecoach.exe --version prints "Spine Coach VERSION" (FyneApp.toml's)
#   window   the portable .exe opens its "Spine Coach" window; the home screen is drawn and has no
#            missing-glyph boxes (it matches the Linux build's home screen, drawn with the same
#            fonts, where a box would differ); Enter, Enter starts a session and the screen
#            changes; the data folder is the Wine user's %APPDATA%\fyne\io.github.spinecoach
#   install  the installer, run silently (/S) without administrator rights, puts the program in
#            %LOCALAPPDATA%\Programs\Spine Coach, the Start-menu shortcut, and the uninstall entry
#            under HKCU (read back with wine reg query); the installed program runs
#   remove   the uninstaller (/S, its QuietUninstallString) removes the program, the shortcut,
#            the start-at-login value and its entry, and keeps the journal
# Screenshots and logs go to build/windows/. Wine cannot show the tray or Windows toasts, and has
# no AF_UNIX sockets (the single-window handover logs winapi error 10047): see README, Install.
# Environment: WINE [wine64 or wine on PATH, else /usr/lib/wine/wine64], WINE_DIFF_MAX [100]
# pixels the Wine and Linux home screens may differ by, GO [go].
set -euo pipefail
TOOL_NAME=windows
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/xvfb.sh
. scripts/xvfb.sh

toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*\$/\1/p" FyneApp.toml | head -n1; }
VERSION=$(toml Version)
APPID=$(toml ID)
NAME=$(toml Name)
exe=dist/spinecoach-$VERSION-windows-amd64.exe
setup=dist/spinecoach-$VERSION-windows-amd64-setup.exe
linux_bin=build/_stage/linux-bin/spinecoach
OUT=build/windows
DIFF_MAX=${WINE_DIFF_MAX:-100}
SIZE=1100x800

need xdotool import identify compare convert strings x86_64-w64-mingw32-gcc dbus-daemon dbus-send
WINE=${WINE:-$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)}
WINESERVER=${WINESERVER:-$(command -v wineserver || echo /usr/lib/wine/wineserver64)}
[[ -x $WINE ]] || die "Wine not found ($WINE): install wine64 (scripts/deps.sh windows, or make test-windows)"
# The packages, built if missing (seconds when the build cache is warm).
[[ -f $exe && -f $setup && -x $linux_bin ]] || scripts/package.sh icons linux windows installer
mkdir -p "$OUT" build/tools
rm -f "$OUT"/*.png "$OUT"/*.log

failures=0
pass() { printf 'PASS %s\n' "$*"; }
fail() {
	printf 'FAIL %s\n' "$*"
	failures=$((failures + 1))
}

# --- the stub DLL
dll=build/tools/bcryptprimitives.dll
if [[ ! $dll -nt scripts/packaging/bcryptprimitives.c || ! $dll -nt scripts/packaging/bcryptprimitives.def ]]; then
	x86_64-w64-mingw32-gcc -O2 -shared -o "$dll.tmp" scripts/packaging/bcryptprimitives.c \
		scripts/packaging/bcryptprimitives.def -ladvapi32
	mv "$dll.tmp" "$dll"
fi

# shot WID FILE: a screenshot of the window. resize WID: the window at SIZE.
shot() { import -window "$1" "$2" 2>>"$TOOL_TMP/import.log"; }
win_size() { xdotool getwindowgeometry "$1" | sed -n 's/^ *Geometry: *//p'; }
resize() {
	local i
	for ((i = 0; i < 20; i++)); do
		[[ $(win_size "$1") == "$SIZE" ]] && return 0
		xdotool windowsize "$1" "${SIZE%x*}" "${SIZE#*x}" 2>/dev/null || true
		sleep 0.25
	done
	log "warning: window $1 stays $(win_size "$1"), not $SIZE"
}
not_blank() {
	awk -v c="$(img_colors "$1")" -v s="$(img_stddev "$1")" 'BEGIN { exit !(c > 20 && s > 0.02) }'
}
# settle WID FILE: screenshots until two in a row agree (the first frames may still be drawing).
settle() {
	local i next=${2%.png}-next.png
	shot "$1" "$2"
	for ((i = 0; i < 20; i++)); do
		sleep 0.5
		shot "$1" "$next"
		if not_blank "$next" && (($(img_diff "$2" "$next") == 0)); then
			mv "$next" "$2"
			return 0
		fi
		mv "$next" "$2"
	done
}
# The user has answered the first-run question, so no dialog covers the home screen. The
# settings go where the app must look for them: the Wine user's AppData. The day starts at
# midnight, so the home screen says "A session is due now." on both, where "Next session at
# 08:00, in 1 h 14 min" could change its minute between the two screenshots.
seed_settings() {
	mkdir -p "$1"
	printf '{"start_at_login_asked": true, "start_at_login": false, "day_start": "00:00", "day_end": "23:59"}\n' >"$1/settings.json"
}
tool_init
# Wine writes menu entries and file associations into the real home: not here. HOME, the prefix
# and everything Wine makes live in the run's temp folder; winemenubuilder (the menu entries),
# Mono and Gecko (not needed, and they would ask to be downloaded) are switched off.
export HOME=$TOOL_TMP/home WINEPREFIX=$TOOL_TMP/wineprefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
# One look for both builds: Fyne follows Windows' light setting under Wine, and has no system
# setting to follow under Xvfb.
export FYNE_THEME=light
mkdir -p "$HOME"
xvfb_start
wine() { env "$TOOL_MARK" "$WINE" "$@"; }

# The same screen from the Linux build first, with the same settings and size: Fyne draws text
# itself with its bundled font, so the two agree unless Wine lacked a glyph that the Linux
# machine's fonts supplied (a box), or a real difference crept in. (One window at a time: with no
# window manager, the later one would cover the earlier.)
ref=$TOOL_TMP/ref-data
seed_settings "$ref"
# Windows always has a notification area, so the Linux build must see a tray host too, or its home
# screen adds the sentence for a desktop without one. A private bus with a fake StatusNotifierWatcher.
ref_bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3>"$TOOL_TMP/ref-bus.pid")
cleanup_push "stop_pid $(cat "$TOOL_TMP/ref-bus.pid") ref-bus"
env "$TOOL_MARK" DBUS_SESSION_BUS_ADDRESS="$ref_bus" /usr/bin/python3 scripts/fake-notifyd.py "$OUT/watcher.log" --watcher \
	2>"$OUT/watcher.err" &
cleanup_push "stop_pid $! fake-watcher"
for ((i = 0; i < 50; i++)); do
	DBUS_SESSION_BUS_ADDRESS=$ref_bus dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
		org.freedesktop.DBus.NameHasOwner string:org.kde.StatusNotifierWatcher 2>/dev/null | grep -q true && break
	sleep 0.1
done
env "$TOOL_MARK" DBUS_SESSION_BUS_ADDRESS="$ref_bus" "$linux_bin" --data-dir "$ref" >"$OUT/linux.log" 2>&1 &
lpid=$!
cleanup_push "stop_pid $lpid linux-app"
if lwid=$(find_window "$(regex_quote "$NAME")" "$lpid" 30); then
	resize "$lwid"
	settle "$lwid" "$OUT/home-linux.png"
else
	fail "the Linux build's window did not appear: nothing to compare the Wine screen with"
fi
stop_pid "$lpid" linux-app
sweep_marked quiet # the reminder agent it started

t=$SECONDS
wine wineboot -i >"$OUT/wineboot.log" 2>&1 || { cat "$OUT/wineboot.log" >&2; die "wineboot -i failed"; }
cp "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
user=$(id -un)
users=$WINEPREFIX/drive_c/users/$user
[[ -d $users ]] || die "the prefix has no $users"
appdata=$users/AppData/Roaming
data=$appdata/fyne/$APPID
log "Wine prefix ready in $((SECONDS - t))s ($($WINE --version 2>/dev/null || echo Wine)), stub bcryptprimitives.dll in system32"

# --- --version (a GUI .exe still writes to the stdout Wine gives it)
got=$(wine "$exe" --version 2>"$OUT/version.log" | tr -d '\r' || true)
if [[ $got == "Spine Coach $VERSION" ]]; then
	pass "spinecoach.exe --version under Wine: $got"
else
	fail "spinecoach.exe --version printed '$got', want 'Spine Coach $VERSION' (log: $OUT/version.log)"
fi

# --- the window
seed_settings "$data"
before=$(cd "$data" && ls)

wine "$exe" >"$OUT/app.log" 2>&1 &
app=$!
cleanup_push "stop_pid $app spinecoach.exe"
t=$SECONDS
set +e
wid=$(find_window "$(regex_quote "$NAME")" "$app" 60)
found=$?
set -e
if ((found != 0)); then
	tail -n 30 "$OUT/app.log" >&2
	die "no \"$NAME\" window from spinecoach.exe under Wine within 60 s"
fi
pass "the .exe opened its \"$NAME\" window under Wine in $((SECONDS - t))s"
resize "$wid"
settle "$wid" "$OUT/home.png"
if not_blank "$OUT/home.png"; then
	pass "home screen drawn ($(img_colors "$OUT/home.png") colours) -> $OUT/home.png"
else
	fail "home screen looks blank -> $OUT/home.png"
fi

if [[ -f $OUT/home-linux.png ]]; then
	# Wine keeps a few pixels of the window for a title bar that Xvfb has not: the two are compared
	# where both have pixels (the layout above that line is the same for the same width), less the
	# bottom edge and the scroll bar, whose length follows the height.
	crop=$(identify -format '%w %h\n' "$OUT/home.png" "$OUT/home-linux.png" |
		awk 'NR == 1 { w = $1; h = $2 } NR == 2 { if ($1 < w) w = $1; if ($2 < h) h = $2; printf "%dx%d+0+0", w - 16, h - 4 }')
	convert "$OUT/home.png" -crop "$crop" +repage "$TOOL_TMP/wine-crop.png"
	convert "$OUT/home-linux.png" -crop "$crop" +repage "$TOOL_TMP/linux-crop.png"
	diff_px=$(img_diff "$TOOL_TMP/wine-crop.png" "$TOOL_TMP/linux-crop.png")
	compare -fuzz 2% "$TOOL_TMP/wine-crop.png" "$TOOL_TMP/linux-crop.png" "$OUT/home-diff.png" 2>/dev/null || true
	if ((diff_px >= 0 && diff_px <= DIFF_MAX)); then
		pass "no missing glyphs: the Wine home screen matches the Linux one ($diff_px pixels differ, at most $DIFF_MAX)"
	else
		fail "the Wine home screen differs from the Linux one in $diff_px pixels (at most $DIFF_MAX): missing glyphs? see $OUT/home-diff.png"
	fi
fi

# Enter asks how the back is; Enter again skips the question, and the session starts.
timeout 3 xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
xdotool key --clearmodifiers Return
sleep 1.5
xdotool key --clearmodifiers Return
for ((i = 0; i < 25; i++)); do
	grep -q "session started" "$OUT/app.log" && break
	sleep 0.2
done
sleep 2
alive "$app" || die "spinecoach.exe exited after Enter"
shot "$wid" "$OUT/session.png"
diff_px=$(img_diff "$OUT/home.png" "$OUT/session.png")
if not_blank "$OUT/session.png" && ((diff_px > 2000)) && grep -q "session started" "$OUT/app.log"; then
	pass "Enter, Enter started a session (\"session started\"; $diff_px pixels changed) -> $OUT/session.png"
else
	fail "no session after Enter, Enter ($diff_px pixels changed; log: $OUT/app.log) -> $OUT/session.png"
fi
after=$(cd "$data" && ls)
if [[ $after != "$before" ]]; then
	pass "the data folder is the Wine user's AppData: ${data#"$WINEPREFIX/"} now holds $(tr '\n' ' ' <<<"$after")"
else
	fail "the app wrote nothing to ${data#"$WINEPREFIX/"} (it holds: $after)"
fi
grep -q "10047" "$OUT/app.log" && log "note: as expected under Wine (no AF_UNIX), the single-window handover logged winapi error 10047"
xdotool key --window "$wid" Escape 2>/dev/null || true
# Wine's own way to end every program of the prefix (the window, the agent it started).
env "$TOOL_MARK" "$WINESERVER" -k 2>/dev/null || true
stop_pid "$app" spinecoach.exe 5

# --- the installer
uninst='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\'$APPID
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
instdir=$users/AppData/Local/Programs/$NAME
lnk="$appdata/Microsoft/Windows/Start Menu/Programs/$NAME.lnk"
t=$SECONDS
if wine "$setup" /S >"$OUT/setup.log" 2>&1; then
	pass "the installer ran silently (/S) as a plain user in $((SECONDS - t))s"
else
	fail "the installer failed (log: $OUT/setup.log)"
fi
[[ -f $instdir/spinecoach.exe && -f $instdir/uninstall.exe ]] &&
	pass "installed to %LOCALAPPDATA%\\Programs\\$NAME: spinecoach.exe, uninstall.exe" ||
	fail "nothing in $instdir"
# A .lnk holds its target as a plain string and its icon's location as a UTF-16 one.
if [[ -f $lnk ]] && strings -a "$lnk" | grep -qF "Programs\\$NAME\\spinecoach.exe" &&
	strings -a -el "$lnk" | grep -qF "Programs\\$NAME\\spinecoach.exe"; then
	pass "Start-menu shortcut ${lnk#"$users/"}, to the installed spinecoach.exe, with its icon"
else
	fail "no Start-menu shortcut $lnk to the installed spinecoach.exe"
fi
reg=$(wine reg query "$uninst" 2>/dev/null | tr -d '\r' || true)
printf '%s\n' "$reg" >"$OUT/uninstall-key.txt"
missing=()
for v in DisplayName DisplayIcon DisplayVersion Publisher UninstallString QuietUninstallString InstallLocation NoModify NoRepair EstimatedSize; do
	grep -q "^ *$v " <<<"$reg" || missing+=("$v")
done
if ((${#missing[@]} == 0)) && grep -q "DisplayVersion *REG_SZ *$VERSION\$" <<<"$reg" && grep -q "DisplayName *REG_SZ *$NAME\$" <<<"$reg"; then
	pass "wine reg query $uninst: every value of the \"Apps\" entry, DisplayVersion $VERSION"
else
	fail "the uninstall entry lacks ${missing[*]:-the right name or version} (see $OUT/uninstall-key.txt)"
fi
got=$(wine "$instdir/spinecoach.exe" --version 2>/dev/null | tr -d '\r' || true)
[[ $got == "Spine Coach $VERSION" ]] && pass "the installed spinecoach.exe runs: $got" || fail "the installed spinecoach.exe --version printed '$got'"

# --- the uninstaller, as Windows' "Apps" runs it silently; with reminders on at login and a journal.
wine reg add "$run_key" /v "$APPID.agent" /t REG_SZ /d "\"C:\\users\\$user\\AppData\\Local\\Programs\\$NAME\\spinecoach.exe\" agent" /f >/dev/null 2>&1
wine reg query "$run_key" /v "$APPID.agent" >/dev/null 2>&1 || fail "could not set the start-at-login value for the test"
[[ -f $data/journal.jsonl ]] || printf '{"test": "a journal line the uninstaller must keep"}\n' >"$data/journal.jsonl"
journal_sum=$(sha256sum <"$data/journal.jsonl")
t=$SECONDS
wine "$instdir/uninstall.exe" /S >"$OUT/uninstall.log" 2>&1 || fail "the uninstaller failed (log: $OUT/uninstall.log)"
# The uninstaller copies itself to a temp folder and runs from there, so it can delete itself:
# wait for it to finish.
for ((i = 0; i < 60; i++)); do
	[[ -e $instdir/uninstall.exe || -e $lnk ]] || break
	sleep 0.5
done
sleep 1
[[ ! -e $instdir ]] && pass "the uninstaller removed the program and its folder ($((SECONDS - t))s)" || fail "left in $instdir: $(ls -A "$instdir" 2>/dev/null | tr '\n' ' ')"
[[ ! -e $lnk ]] && pass "the Start-menu shortcut is gone" || fail "the Start-menu shortcut is still there"
wine reg query "$uninst" >/dev/null 2>&1 && fail "the uninstall entry is still under HKCU" || pass "the \"Apps\" entry is gone (wine reg query finds no $uninst)"
wine reg query "$run_key" /v "$APPID.agent" >/dev/null 2>&1 && fail "the start-at-login value is still there" || pass "the start-at-login value is gone"
if [[ -f $data/journal.jsonl && $(sha256sum <"$data/journal.jsonl") == "$journal_sum" ]]; then
	pass "the journal is kept: ${data#"$WINEPREFIX/"}/journal.jsonl"
else
	fail "the uninstaller touched the journal"
fi

sweep_marked ""
if ((failures > 0)); then
	printf 'windows: FAIL (%d check(s) failed; screenshots and logs in %s)\n' "$failures" "$OUT"
	exit 1
fi
printf 'windows: PASS (screenshots and logs in %s)\n' "$OUT"
