#!/usr/bin/env bash
# scripts/install.sh install|uninstall|files: install Spine Coach from the Linux package (make
# package) for the current user, or remove exactly what install put there.
#   install    PREFIX/bin/spinecoach, PREFIX/share/applications/io.github.spinecoach.desktop
#              (Exec= the installed binary), the icon in PREFIX/share/icons/hicolor at every
#              size from 16 to 512 px and as SVG; then update-desktop-database if there is one
#   uninstall  removes those files, the start-at-login entry the app may have written
#              ($XDG_CONFIG_HOME/autostart/io.github.spinecoach.agent.desktop) and the icon
#              folders left empty. The user's data folder (journal, settings) is kept.
#   files      prints the files install writes, one a line
# Environment: PREFIX [~/.local], DESTDIR [none: a staging root prepended to every path],
# GO [go]. Builds the Linux package first if dist/ lacks it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
GO=${GO:-go}
PREFIX=${PREFIX:-$HOME/.local}
DESTDIR=${DESTDIR:-}
APPID=io.github.spinecoach
SIZES=(16 22 24 32 48 64 128 256 512)
dest=$DESTDIR$PREFIX
config=${XDG_CONFIG_HOME:-$HOME/.config}
autostart=$config/autostart/$APPID.agent.desktop

say() { printf '%s: %s\n' "${mode:-install}" "$*"; }

# files: every file install writes, under $dest.
files() {
	local s
	echo "$dest/bin/spinecoach"
	echo "$dest/share/applications/$APPID.desktop"
	for s in "${SIZES[@]}"; do echo "$dest/share/icons/hicolor/${s}x$s/apps/$APPID.png"; done
	echo "$dest/share/icons/hicolor/scalable/apps/$APPID.svg"
}

# exec_word PATH: PATH as one word of a desktop file's Exec key (quoted if it must be).
exec_word() {
	local w=${1//%/%%}
	if [[ $w =~ [[:space:]\"\'\\\>\<~\|\&\;\$\*\?#\(\)\`=] ]]; then
		w=${w//\\/\\\\\\\\}
		w=${w//\"/\\\\\"}
		w=${w//\`/\\\\\`}
		w=${w//\$/\\\\\$}
		w="\"$w\""
	fi
	printf '%s' "$w"
}

refresh_menus() {
	# Only for a real install: with DESTDIR the package manager that owns the root does this.
	[[ -z $DESTDIR ]] || return 0
	if command -v update-desktop-database >/dev/null 2>&1 && [[ -d $dest/share/applications ]]; then
		update-desktop-database -q "$dest/share/applications" || true
	fi
	if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -f $dest/share/icons/hicolor/index.theme ]]; then
		gtk-update-icon-cache -q -t -f "$dest/share/icons/hicolor" || true
	fi
}

do_install() {
	local version arch tarball tmp base s
	version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -n1)
	arch=$("$GO" env GOARCH)
	tarball=dist/spinecoach-$version-linux-$arch.tar.xz
	scripts/package.sh icons linux >&2
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/spinecoach-install.XXXXXX")
	# shellcheck disable=SC2064 # expand tmp now
	trap "rm -rf '$tmp'" EXIT
	tar -xJf "$tarball" -C "$tmp"
	base=$tmp/spinecoach/usr/local
	[[ -d $base ]] || base=$tmp/spinecoach/usr

	install -Dm755 "$base/bin/spinecoach" "$dest/bin/spinecoach"
	# The package's entry runs "spinecoach" from PATH; ~/.local/bin is not on every session's PATH.
	mkdir -p "$dest/share/applications"
	sed "s|^Exec=spinecoach|Exec=$(exec_word "$PREFIX/bin/spinecoach" | sed 's/[&|\\]/\\&/g')|" \
		"$base/share/applications/$APPID.desktop" >"$tmp/$APPID.desktop"
	install -Dm644 "$tmp/$APPID.desktop" "$dest/share/applications/$APPID.desktop"
	for s in "${SIZES[@]}"; do
		install -Dm644 "build/icons/${s}x$s.png" "$dest/share/icons/hicolor/${s}x$s/apps/$APPID.png"
	done
	install -Dm644 assets/icon.svg "$dest/share/icons/hicolor/scalable/apps/$APPID.svg"
	refresh_menus
	say "installed Spine Coach $version:"
	files | sed 's/^/  /'
	case ":$PATH:" in
	*":$PREFIX/bin:"*) ;;
	*) say "note: $PREFIX/bin is not on your PATH; the menu entry works anyway, or run $PREFIX/bin/spinecoach" ;;
	esac
}

do_uninstall() {
	local f d removed=0
	while IFS= read -r f; do
		if [[ -e $f || -L $f ]]; then
			rm -f "$f"
			say "removed $f"
			removed=$((removed + 1))
		fi
	done < <(files)
	if [[ -z $DESTDIR && -f $autostart ]]; then
		rm -f "$autostart"
		say "removed $autostart (start at login)"
	fi
	# The icon folders install created, if nothing else is in them now.
	for d in "${SIZES[@]}" scalable; do
		[[ $d == scalable ]] || d=${d}x$d
		rmdir "$dest/share/icons/hicolor/$d/apps" "$dest/share/icons/hicolor/$d" 2>/dev/null || true
	done
	refresh_menus
	((removed > 0)) || say "nothing to remove under $dest"
	say "kept your data (journal, settings): ${SPINECOACH_DATA:-$config/fyne/$APPID}; delete that folder to remove it too"
}

mode=${1:-}
case $mode in
install) do_install ;;
uninstall) do_uninstall ;;
files) files ;;
*)
	sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
