#!/usr/bin/env bash
# scripts/check-package.sh: check the icon and what make package built into dist/.
#   icon     assets/icon.png is assets/icon.svg rendered at 256 px (not stale), and the icon
#            still reads at 16 px: rendered at 16 px, and the 256 px PNG shrunk to 16 px as a
#            tray does, both show four light vertebrae with a darker gap between each
#   linux    the .tar.xz holds the binary, a .desktop file that desktop-file-validate accepts
#            (with Exec, Icon and Categories right) and the icon; the packaged binary prints
#            "Spine Coach VERSION", VERSION being FyneApp.toml's
#   windows  the .exe is a PE32+ GUI executable with an icon, a manifest and the version in its
#            resources, and main.version set (scripts/pecheck)
# Needs: rsvg-convert, ImageMagick, desktop-file-validate, file. Environment: GO [go].
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
GO=${GO:-go}

failed=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() {
	printf 'FAIL: %s\n' "$*"
	failed=$((failed + 1))
}
for c in rsvg-convert convert compare desktop-file-validate file tar; do
	command -v "$c" >/dev/null 2>&1 || {
		echo "FAIL: '$c' not found; install the test packages: scripts/deps.sh test"
		exit 1
	}
done

toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*\$/\1/p" FyneApp.toml | head -n1; }
VERSION=$(toml Version)
BUILD=$(toml Build)
APPID=$(toml ID)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/spinecoach-pkgcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# --- icon
rsvg-convert -w 256 -h 256 assets/icon.svg -o "$tmp/icon256.png"
# Pixels that differ by more than 2% (rsvg-convert versions may differ in antialiasing by a little).
diff=$(compare -metric AE -fuzz 2% assets/icon.png "$tmp/icon256.png" null: 2>&1 || true)
diff=${diff%% *}
if [[ $diff =~ ^[0-9.e+]+$ ]] && (($(printf '%.0f' "$diff") <= 64)); then
	pass "assets/icon.png matches assets/icon.svg rendered at 256 px ($diff pixels differ)"
else
	fail "assets/icon.png is stale or unreadable against assets/icon.svg ($diff pixels differ): run make icons"
fi
# vertebrae IMAGE: the number of light runs down column 9 of a 16 px icon, on the icon's green.
vertebrae() {
	convert "$1" -background '#2e8b57' -flatten -crop 1x16+9+0 +repage -colorspace gray -depth 8 txt:- |
		awk -F'[()]' 'NR > 1 { split($2, a, ","); v = a[1] + 0
			if (v >= 190 && !on) { runs++; on = 1 } else if (v < 170) on = 0 }
			END { print runs + 0 }'
}
rsvg-convert -w 16 -h 16 assets/icon.svg -o "$tmp/icon16.png"
convert assets/icon.png -resize 16x16 "$tmp/tray16.png"
for img in icon16 tray16; do
	n=$(vertebrae "$tmp/$img.png")
	if [[ $n == 4 ]]; then
		pass "16 px ($img): four vertebrae, each apart from the next"
	else
		fail "16 px ($img): $n distinct vertebrae in column 9, want 4: the icon does not read at tray size"
	fi
done

# --- Linux package
arch=$("$GO" env GOARCH)
tarball=dist/spinecoach-$VERSION-linux-$arch.tar.xz
if [[ ! -f $tarball ]]; then
	fail "$tarball missing: run make package"
else
	mkdir -p "$tmp/linux"
	tar -xJf "$tarball" -C "$tmp/linux"
	base=$tmp/linux/spinecoach/usr/local
	[[ -d $base ]] || base=$tmp/linux/spinecoach/usr
	bin=$base/bin/spinecoach desktop=$base/share/applications/$APPID.desktop icon=$base/share/pixmaps/$APPID.png
	if [[ -x $bin ]] && file -b "$bin" | grep -q '^ELF 64-bit.*executable'; then
		pass "$tarball: bin/spinecoach ($(file -b "$bin" | cut -d, -f1-2))"
	else
		fail "$tarball: no executable bin/spinecoach"
	fi
	got=$("$bin" --version 2>/dev/null || true)
	if [[ $got == "Spine Coach $VERSION" ]]; then
		pass "the packaged binary prints '$got' (FyneApp.toml: $VERSION)"
	else
		fail "the packaged binary prints '$got', want 'Spine Coach $VERSION'"
	fi
	if [[ -f $desktop ]] && out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $out ]]; then
		pass "$APPID.desktop passes desktop-file-validate with no hint"
	else
		fail "$APPID.desktop: missing or not valid: ${out:-missing}"
	fi
	if [[ -f $desktop ]]; then
		for kv in "Exec=spinecoach" "Icon=$APPID" "Name=Spine Coach" "Type=Application"; do
			if grep -qxF "$kv" "$desktop"; then pass "$APPID.desktop: $kv"; else fail "$APPID.desktop: no line $kv"; fi
		done
		if grep -q '^Categories=.*Education;' "$desktop"; then
			pass "$APPID.desktop: $(grep '^Categories=' "$desktop")"
		else
			fail "$APPID.desktop: no Categories from FyneApp.toml"
		fi
	fi
	# The archive's own Makefile, as its user would run it: make user-install, into a temp home.
	if (cd "$tmp/linux/spinecoach" && make -s user-install HOME="$tmp/home" >/dev/null) &&
		[[ -x $tmp/home/.local/bin/spinecoach && -f $tmp/home/.local/share/icons/$APPID.png &&
		-f $tmp/home/.local/share/applications/$APPID.desktop ]]; then
		pass "the archive's Makefile: make user-install installs the binary, the entry and the icon"
	else
		fail "the archive's Makefile: make user-install failed or missed a file"
	fi
	if [[ -f $icon ]] && [[ $(identify -format '%m %wx%h' "$icon") == "PNG 256x256" ]]; then
		pass "share/pixmaps/$APPID.png is a 256x256 PNG"
	else
		fail "share/pixmaps/$APPID.png missing or not a 256x256 PNG"
	fi
fi

# --- Windows executable
exe=dist/spinecoach-$VERSION-windows-amd64.exe
if [[ ! -f $exe ]]; then
	fail "$exe missing: run make package"
else
	desc=$(file -b "$exe")
	if [[ $desc == PE32+\ executable*GUI*x86-64* ]]; then
		pass "$exe: $desc"
	else
		fail "$exe: file says '$desc', want a PE32+ GUI x86-64 executable"
	fi
	if out=$("$GO" run ./scripts/pecheck -version "$VERSION" -build "$BUILD" "$exe"); then
		printf '  pecheck %s\n' "${out//$'\n'/$'\n'  pecheck }"
		pass "$exe: icon, manifest and version resources, main.version=$VERSION"
	else
		printf '  pecheck %s\n' "${out//$'\n'/$'\n'  pecheck }"
		fail "$exe: scripts/pecheck found a problem"
	fi
fi

((failed == 0)) || {
	echo "check-package: $failed check(s) failed"
	exit 1
}
echo "check-package: all checks passed"
