#!/usr/bin/env bash
# scripts/check-deb.sh: check the .deb that make package built (dist/spinecoach_VERSION_ARCH.deb)
# as Debian's tools and a Debian user would:
#   lintian      no error (warnings are printed: see README, Packaging)
#   appstream    appstreamcli validate --no-net accepts the metainfo the package installs
#   contents     binary, .desktop (desktop-file-validate), hicolor icons 16 to 512 px and SVG,
#                metainfo, man page, copyright; Depends names the libraries the binary links
#   install      apt-get install ./dist/spinecoach_*.deb; the menu entry's Exec line runs
#                (--version prints FyneApp.toml's version); man finds spinecoach(1)
#   remove       apt-get remove leaves no file of the package (dpkg -L before, each checked after)
# Installing needs root, or sudo without a password (CI). If spinecoach is already installed on
# this machine (a user's own install), install and remove are skipped so it is left alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

failed=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() {
	printf 'FAIL: %s\n' "$*"
	failed=$((failed + 1))
}
for c in lintian appstreamcli desktop-file-validate dpkg-deb apt-get; do
	command -v "$c" >/dev/null 2>&1 || {
		echo "FAIL: '$c' not found; install the test packages: scripts/deps.sh test"
		exit 1
	}
done
toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*\$/\1/p" FyneApp.toml | head -n1; }
VERSION=$(toml Version)
APPID=$(toml ID)
deb=dist/spinecoach_${VERSION}_$(dpkg --print-architecture).deb
[[ -f $deb ]] || {
	echo "FAIL: $deb missing: run make package"
	exit 1
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/spinecoach-debcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# --- lintian: errors fail, warnings are shown.
# (As root, lintian first says that it would rather not be: that line is not about the package.)
if out=$(lintian --fail-on error "$deb" 2>&1); then
	out=$(grep -v 'running with root privileges' <<<"$out" || true)
	pass "lintian: no error${out:+; it says:}"
else
	out=$(grep -v 'running with root privileges' <<<"$out" || true)
	fail "lintian found errors:"
fi
[[ -z $out ]] || printf '  %s\n' "${out//$'\n'/$'\n'  }"

# --- what the package holds
dpkg-deb -x "$deb" "$tmp/root"
r=$tmp/root
for f in usr/bin/spinecoach "usr/share/applications/$APPID.desktop" "usr/share/metainfo/$APPID.metainfo.xml" \
	usr/share/man/man1/spinecoach.1.gz usr/share/doc/spinecoach/copyright usr/share/doc/spinecoach/changelog.gz \
	"usr/share/icons/hicolor/scalable/apps/$APPID.svg"; do
	[[ -f $r/$f ]] || fail "$deb lacks /$f"
done
n=0
for s in 16 22 24 32 48 64 128 256 512; do
	icon=$r/usr/share/icons/hicolor/${s}x$s/apps/$APPID.png
	if [[ -f $icon && $(identify -format '%wx%h' "$icon") == "${s}x$s" ]]; then n=$((n + 1)); else fail "icon ${s}x$s missing or of the wrong size"; fi
done
((n == 9)) && pass "$deb: hicolor icons at 16, 22, 24, 32, 48, 64, 128, 256, 512 px and scalable"
if out=$(desktop-file-validate "$r/usr/share/applications/$APPID.desktop" 2>&1) && [[ -z $out ]]; then
	pass "$APPID.desktop passes desktop-file-validate"
else
	fail "$APPID.desktop: $out"
fi
if out=$(appstreamcli validate --no-net "$r/usr/share/metainfo/$APPID.metainfo.xml" 2>&1); then
	pass "appstreamcli validate --no-net: $(tail -n1 <<<"$out")"
else
	fail "appstreamcli validate: $out"
fi
grep -q "<release version=\"$VERSION\"" "$r/usr/share/metainfo/$APPID.metainfo.xml" &&
	pass "the metainfo's release is FyneApp.toml's version $VERSION" ||
	fail "the metainfo has no release $VERSION"
if zcat "$r/usr/share/man/man1/spinecoach.1.gz" | grep -q -- 'data\\-dir' &&
	man -l "$r/usr/share/man/man1/spinecoach.1.gz" 2>/dev/null | grep -q 'SPINECOACH(1)'; then
	pass "spinecoach.1 renders and documents the flags of --help"
else
	fail "spinecoach.1 does not render or lacks the flags"
fi
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libgl1 libx11-6 libasound2; do
	[[ $depends == *"$lib"* ]] || fail "Depends: $depends lacks $lib, which the binary links"
done
pass "Depends: $depends"

# --- install, run from the menu entry, remove
sudo=()
if [[ $(id -u) != 0 ]]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
		fail "installing the .deb needs root or sudo without a password"
		sudo=(false)
	fi
fi
status=$(dpkg-query -W -f='${Status}' spinecoach 2>/dev/null || true)
if [[ ${sudo[*]} == false ]]; then
	:
elif [[ $status == *" installed" ]]; then
	printf 'SKIP: spinecoach is already installed on this machine (%s); not touching it\n' "$(dpkg-query -W -f='${Version}' spinecoach)"
else
	t=$SECONDS
	if "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "./$deb" >"$tmp/install.log" 2>&1; then
		pass "apt-get install ./$deb ($((SECONDS - t))s)"
		dpkg -L spinecoach | while IFS= read -r f; do [[ -f $f || -L $f ]] && echo "$f"; done >"$tmp/files"
		pass "dpkg -L spinecoach: $(wc -l <"$tmp/files") files"
		exec_line=$(sed -n 's/^Exec=//p' "/usr/share/applications/$APPID.desktop" | head -n1)
		read -r -a argv <<<"$exec_line"
		got=$(env -i PATH=/usr/local/bin:/usr/bin:/bin "${argv[@]}" --version 2>&1 || true)
		if [[ $got == "Spine Coach $VERSION" ]]; then
			pass "the menu entry's Exec=$exec_line, run with --version: $got"
		else
			fail "Exec=$exec_line --version printed '$got', want 'Spine Coach $VERSION'"
		fi
		if man -w spinecoach >/dev/null 2>&1; then pass "man spinecoach: $(man -w spinecoach)"; else fail "man does not find spinecoach(1)"; fi
	else
		cat "$tmp/install.log"
		fail "apt-get install ./$deb failed"
	fi
	if "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q spinecoach >"$tmp/remove.log" 2>&1; then
		left=()
		while IFS= read -r f; do [[ -e $f || -L $f ]] && left+=("$f"); done <"${tmp}/files"
		status=$(dpkg-query -W -f='${Status}' spinecoach 2>/dev/null || true)
		if ((${#left[@]} == 0)) && [[ $status != *" installed" ]]; then
			pass "apt-get remove spinecoach: none of its $(wc -l <"$tmp/files") files is left (dpkg: ${status:-not installed})"
		else
			fail "apt-get remove left ${left[*]:-nothing} (dpkg: $status)"
		fi
	else
		cat "$tmp/remove.log"
		fail "apt-get remove spinecoach failed"
	fi
fi

((failed == 0)) || {
	echo "check-deb: $failed check(s) failed"
	exit 1
}
echo "check-deb: all checks passed"
