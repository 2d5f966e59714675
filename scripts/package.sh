#!/usr/bin/env bash
# scripts/package.sh TARGET...: build Spine Coach's packages into dist/ with the fyne tool pinned
# in go.mod (go tool fyne, fyne.io/tools v1.7.2). Targets:
#   icons    build/icons/NxN.png (16 to 512) rendered from assets/icon.svg with rsvg-convert
#   linux    dist/spinecoach-VERSION-linux-ARCH.tar.xz: usr/local/bin/spinecoach,
#            usr/local/share/applications/io.github.spinecoach.desktop, the icon in
#            usr/local/share/pixmaps, and fyne's Makefile ("sudo make install" or "make user-install")
#   windows  dist/spinecoach-VERSION-windows-amd64.exe, cross-compiled with mingw-w64, with the icon,
#            a manifest and the version in its resources (needs x86_64-w64-mingw32-gcc)
#   deb      dist/spinecoach_VERSION_ARCH.deb: /usr/bin/spinecoach, the .desktop entry, the icon in
#            the hicolor theme at every size, the AppStream metainfo, the man page (help2man, from
#            the binary's own --help), the copyright and changelog; Depends from dpkg-shlibdeps.
#            Built with dpkg-deb --root-owner-group (no root needed). Uses linux's binary.
#   installer  dist/spinecoach-VERSION-windows-amd64-setup.exe, made with NSIS (makensis) from
#            scripts/packaging/installer.nsi around windows's .exe: per user, no administrator
#   metainfo build/metainfo/io.github.spinecoach.metainfo.xml from scripts/packaging/ (deb uses it)
#   darwin   dist/Spine Coach.app (on macOS only: the cgo build needs Apple's clang and SDK)
# The version everywhere is FyneApp.toml's: the binaries get -X main.version=VERSION, as make build does.
# Environment: GO [go], MAINTAINER [the .deb's Maintainer field].
#
# fyne package writes into the folder it packages (it adds 1 to FyneApp.toml's Build, and the
# Windows build puts fyne.syso and fyne_metadata_init.go next to the main package), so it runs
# in a copy under build/_stage/: the source tree is never touched. Go's ./... skips _ folders.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
GO=${GO:-go}

say() { printf 'package: %s\n' "$*" >&2; }
die() {
	say "FAIL: $*"
	exit 1
}

# toml KEY: a string or number value of FyneApp.toml's [Details] (the first KEY = ... line).
toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*\$/\1/p" FyneApp.toml | head -n1; }
VERSION=$(toml Version)
BUILD=$(toml Build)
NAME=$(toml Name)
APPID=$(toml ID)
WEBSITE=$(sed -n 's/^[[:space:]]*Website[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -n1)
MAINTAINER=${MAINTAINER:-The Spine Coach authors <spinecoach@users.noreply.github.com>}
[[ -n $VERSION && -n $BUILD && -n $NAME && -n $APPID ]] || die "FyneApp.toml lacks one of Version, Build, Name, ID"
STAGE=$root/build/_stage
DIST=$root/dist
ICON=$root/assets/icon.png
ICON_SIZES=(16 22 24 32 48 64 128 256 512)

# FYNE: the pinned fyne tool, built for this machine by go tool (cached) and then run as a plain
# binary, so that the GOOS and GOFLAGS meant for the app do not apply to the tool itself.
FYNE=$(env -u GOOS -u GOARCH -u GOFLAGS -u CGO_ENABLED -u CC "$GO" tool -n fyne) ||
	die "cannot build the fyne tool (go tool fyne, pinned in go.mod)"

# stage OS: an empty staging folder for OS, with a copy of FyneApp.toml.
stage() {
	local dir=$STAGE/$1
	rm -rf "$dir"
	mkdir -p "$dir" "$DIST"
	cp FyneApp.toml "$dir/"
	echo "$dir"
}

do_icons() {
	command -v rsvg-convert >/dev/null 2>&1 ||
		die "rsvg-convert not found: install librsvg2-bin (scripts/deps.sh build)"
	mkdir -p build/icons
	local s
	for s in "${ICON_SIZES[@]}"; do
		if [[ ! build/icons/${s}x$s.png -nt assets/icon.svg ]]; then
			rsvg-convert -w "$s" -h "$s" assets/icon.svg -o "build/icons/${s}x$s.png.tmp"
			mv "build/icons/${s}x$s.png.tmp" "build/icons/${s}x$s.png"
		fi
	done
	say "icons: build/icons/{$(printf '%s,' "${ICON_SIZES[@]}" | sed 's/,$//')}.png from assets/icon.svg"
}

do_linux() {
	local dir arch out bin=$STAGE/linux-bin/spinecoach stamp
	arch=$("$GO" env GOARCH)
	out=$DIST/spinecoach-$VERSION-linux-$arch.tar.xz
	# The binary of make build (same build cache, so seconds when warm), stripped. Kept outside
	# the staging folder: go build leaves an up-to-date binary alone.
	mkdir -p "${bin%/*}"
	"$GO" build -ldflags "-s -w -X main.version=$VERSION" -o "$bin" ./cmd/spinecoach
	# Go builds are reproducible: the same binary, metadata, icon and script make the same archive.
	stamp=$(cat "$bin" FyneApp.toml "$ICON" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)
	if [[ -f $out && $(cat "$out.stamp" 2>/dev/null) == "$stamp" ]]; then
		say "linux: $out is up to date"
		return 0
	fi
	rm -f "$out.stamp"
	dir=$(stage linux)
	cp "$bin" "$dir/spinecoach"
	# fyne package wants Go code in the folder it packages, even with --exe.
	printf '// Package stage is a placeholder: fyne package needs a Go file here.\npackage stage\n' >"$dir/stage.go"
	(cd "$dir" && "$FYNE" package --os linux --exe spinecoach --icon "$ICON" --name "$NAME" \
		--app-id "$APPID" --app-version "$VERSION" --app-build "$BUILD")
	# The Makefile fyne puts in the archive names the icon without its .png, so its install and
	# user-install fail (fyne.io/tools v1.7.2): fixed here, then the archive is made again.
	mkdir "$dir/tree"
	tar -xJf "$dir/$NAME.tar.xz" -C "$dir/tree"
	sed -i "s/^Icon := \"$APPID\"\$/Icon := \"$APPID.png\"/" "$dir/tree/spinecoach/Makefile"
	grep -qx "Icon := \"$APPID.png\"" "$dir/tree/spinecoach/Makefile" || die "fyne's Makefile changed: no Icon := \"$APPID\" line"
	tar -C "$dir/tree" -cf - spinecoach | xz -T0 -6 >"$out.tmp"
	mv "$out.tmp" "$out"
	echo "$stamp" >"$out.stamp"
	say "linux: $out ($(du -h "$out" | cut -f1))"
}

do_windows() {
	local dir out cc=${WINDOWS_CC:-x86_64-w64-mingw32-gcc}
	command -v "$cc" >/dev/null 2>&1 ||
		die "$cc not found: install gcc-mingw-w64-x86-64 (scripts/deps.sh package)"
	dir=$(stage windows)
	# The main package's sources (no tests) and no FyneApp.toml: name, ID, version and icon come
	# as flags, and without [Migrations] fyne adds no migrated_fynedo tag, so the .exe is built
	# with the same tags as make build's binary.
	rm "$dir/FyneApp.toml"
	find cmd/spinecoach -maxdepth 1 -name '*.go' ! -name '*_test.go' -exec cp {} "$dir/" \;
	# fyne package builds twice, without and then with the resources, and the first build takes
	# the ldflags out of GOFLAGS, so the second (the one kept) would lose main.version. An .exe
	# already there skips the first build.
	: >"$dir/spinecoach.exe"
	# fyne adds -H=windowsgui to the ldflags it finds in GOFLAGS. No -trimpath: with it Go leaves
	# -ldflags out of the build information, and scripts/pecheck reads main.version from there. It also compiles the C code with
	# -fstack-protector-strong -D_FORTIFY_SOURCE=3, whose helpers mingw-w64 keeps in libssp: it is
	# linked in statically (an external-linker flag, so the C packages' build cache stays valid).
	(cd "$dir" && GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC="$cc" \
		GOFLAGS="-ldflags=-s -ldflags=-w -ldflags=-X=main.version=$VERSION -ldflags=-extldflags=-l:libssp.a" \
		"$FYNE" package --os windows --exe spinecoach.exe --icon "$ICON" --name "$NAME" \
		--app-id "$APPID" --app-version "$VERSION" --app-build "$BUILD")
	out=$DIST/spinecoach-$VERSION-windows-amd64.exe
	mv "$dir/$NAME.exe" "$out"
	say "windows: $out ($(du -h "$out" | cut -f1))"
}

# release_date: the day FyneApp.toml last changed in git (its Version is the release), else the
# day of SOURCE_DATE_EPOCH, else today. The metainfo, the man page and the changelog use it.
release_date() {
	local d
	d=$(git log -1 --format=%cs -- FyneApp.toml 2>/dev/null || true)
	[[ -n $d ]] || d=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%F)
	echo "$d"
}

do_metainfo() {
	local in=scripts/packaging/$APPID.metainfo.xml.in out=build/metainfo/$APPID.metainfo.xml raw f
	[[ -n $WEBSITE ]] || die "FyneApp.toml has no Website: the metainfo's links come from it"
	# The README's screenshots, as GitHub serves the repository's files.
	raw=${WEBSITE/#https:\/\/github.com\//https://raw.githubusercontent.com/}/main/docs
	for f in $(sed -n 's|.*@SCREENSHOTS@/\([^<]*\)<.*|\1|p' "$in"); do
		[[ -f docs/$f ]] || die "$in names docs/$f, which does not exist"
	done
	mkdir -p build/metainfo
	# The template's leading comment is for the template, not for software centres.
	sed -e '/^<!--/,/-->$/d' -e "s|@VERSION@|$VERSION|g" -e "s|@DATE@|$(release_date)|g" \
		-e "s|@WEBSITE@|$WEBSITE|g" -e "s|@SCREENSHOTS@|$raw|g" "$in" >"$out.tmp"
	mv "$out.tmp" "$out"
	say "metainfo: $out (version $VERSION of $(release_date))"
}

# deb_copyright: the machine-readable copyright file, from LICENSE.
deb_copyright() {
	local holder
	holder=$(sed -n 's/^Copyright ([cC]) //p' LICENSE | head -n1)
	[[ -n $holder ]] || die "LICENSE has no 'Copyright (c) ...' line"
	printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n'
	printf 'Upstream-Name: %s\nSource: %s\n\n' "$NAME" "$WEBSITE"
	printf 'Files: *\nCopyright: %s\nLicense: Expat\n' "$holder"
	printf 'Comment: The binary also holds the Go modules it is built from (Fyne and its\n'
	printf ' dependencies), each under its own free licence; go.sum lists them.\n\n'
	printf 'License: Expat\n'
	sed '1,/^Copyright/d' LICENSE | sed '/./,$!d' | sed -e 's/^$/./' -e 's/^/ /'
}

do_deb() {
	local arch bin=$STAGE/linux-bin/spinecoach tarball dir root out s depends day c stamp
	for c in dpkg-deb dpkg-shlibdeps help2man gzip; do
		command -v "$c" >/dev/null 2>&1 || die "$c not found: install dpkg-dev and help2man (scripts/deps.sh package)"
	done
	arch=$(dpkg --print-architecture)
	tarball=$DIST/spinecoach-$VERSION-linux-$("$GO" env GOARCH).tar.xz
	[[ -x $bin && -f $tarball ]] || do_linux
	do_icons
	do_metainfo
	day=$(release_date)
	out=$DIST/spinecoach_${VERSION}_$arch.deb
	# The same binary, metadata, icons, templates and script make the same package.
	stamp=$(cat "$bin" "$tarball" FyneApp.toml LICENSE assets/icon.svg build/icons/*.png "build/metainfo/$APPID.metainfo.xml" \
		scripts/packaging/spinecoach.h2m "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)
	stamp="$stamp $MAINTAINER"
	if [[ -f $out && $(cat "$out.stamp" 2>/dev/null) == "$stamp" ]]; then
		say "deb: $out is up to date"
		return 0
	fi
	rm -f "$out.stamp"
	dir=$(stage deb)
	root=$dir/root
	install -Dm755 "$bin" "$root/usr/bin/spinecoach"
	# The desktop entry fyne made from FyneApp.toml for the archive: Exec=spinecoach, on PATH here.
	tar -xJf "$tarball" -C "$dir" "spinecoach/usr/local/share/applications/$APPID.desktop"
	install -Dm644 "$dir/spinecoach/usr/local/share/applications/$APPID.desktop" "$root/usr/share/applications/$APPID.desktop"
	for s in "${ICON_SIZES[@]}"; do
		install -Dm644 "build/icons/${s}x$s.png" "$root/usr/share/icons/hicolor/${s}x$s/apps/$APPID.png"
	done
	install -Dm644 assets/icon.svg "$root/usr/share/icons/hicolor/scalable/apps/$APPID.svg"
	install -Dm644 "build/metainfo/$APPID.metainfo.xml" "$root/usr/share/metainfo/$APPID.metainfo.xml"
	# The man page, from the program's own --help (which it writes to stderr) and --version.
	SOURCE_DATE_EPOCH=$(date -u -d "$day" +%s) help2man --no-discard-stderr --no-info \
		--version-string="spinecoach $VERSION" --include scripts/packaging/spinecoach.h2m \
		--output "$dir/spinecoach.1" "$bin"
	mkdir -p "$root/usr/share/man/man1" "$root/usr/share/doc/spinecoach"
	gzip -9n <"$dir/spinecoach.1" >"$root/usr/share/man/man1/spinecoach.1.gz"
	deb_copyright >"$root/usr/share/doc/spinecoach/copyright"
	printf 'spinecoach (%s) unstable; urgency=medium\n\n  * Release %s: see %s.\n\n -- %s  %s\n' \
		"$VERSION" "$VERSION" "$WEBSITE" "$MAINTAINER" "$(date -u -R -d "$day")" |
		gzip -9n >"$root/usr/share/doc/spinecoach/changelog.gz"
	# The libraries the binary links, with the versions their packages declare.
	mkdir -p "$dir/debian"
	printf 'Source: spinecoach\n\nPackage: spinecoach\nArchitecture: any\n' >"$dir/debian/control"
	depends=$(cd "$dir" && dpkg-shlibdeps -O -e"$root/usr/bin/spinecoach" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
	[[ -n $depends ]] || die "dpkg-shlibdeps found no dependencies for $bin"
	find "$root" -type d -exec chmod 0755 {} +
	mkdir -m 0755 "$root/DEBIAN"
	cat >"$root/DEBIAN/control" <<EOF
Package: spinecoach
Version: $VERSION
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --apparent-size "$root" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Homepage: $WEBSITE
Description: $(toml_summary)
 Spine Coach is a desktop coach for a home program of seven lying exercises
 for the lower back. It shows each exercise as a card, walks you through a
 session with a large countdown and a rep counter you can read from the mat,
 stops an exercise when it hurts, and keeps a journal of what you did.
 .
 It helps you follow the program; it does not diagnose or treat anything and
 does not replace a doctor.
EOF
	(cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
	chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
	dpkg-deb --root-owner-group -Zxz --build "$root" "$out.tmp" >/dev/null
	mv "$out.tmp" "$out"
	echo "$stamp" >"$out.stamp"
	say "deb: $out ($(du -h "$out" | cut -f1)), Depends: $depends"
}

# toml_summary: the one-line summary, the metainfo's (one owner for the text software centres show).
toml_summary() { sed -n 's|^ *<summary>\(.*\)</summary>|\1|p' "scripts/packaging/$APPID.metainfo.xml.in" | head -n1; }

do_installer() {
	local exe=$DIST/spinecoach-$VERSION-windows-amd64.exe dir out v4 c stamp
	for c in makensis convert; do
		command -v "$c" >/dev/null 2>&1 || die "$c not found: install nsis and imagemagick (scripts/deps.sh package)"
	done
	[[ -f $exe ]] || do_windows
	do_icons
	out=$DIST/spinecoach-$VERSION-windows-amd64-setup.exe
	stamp=$(cat "$exe" FyneApp.toml build/icons/*.png scripts/packaging/installer.nsi "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)
	if [[ -f $out && $(cat "$out.stamp" 2>/dev/null) == "$stamp" ]]; then
		say "installer: $out is up to date"
		return 0
	fi
	rm -f "$out.stamp"
	dir=$(stage installer)
	convert build/icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png "$dir/spinecoach.ico"
	# Windows' file version has four numbers: 0.1.0 is 0.1.0.0, and a suffix (-rc1) is left out.
	v4=$(sed 's/[^0-9.].*//' <<<"$VERSION").0.0.0
	v4=$(cut -d. -f1-4 <<<"$v4")
	makensis -V2 -NOCD "-DVERSION=$VERSION" "-DVERSION4=$v4" "-DEXE=$exe" "-DICON=$dir/spinecoach.ico" \
		"-DWEBSITE=$WEBSITE" "-DOUT=$out.tmp" scripts/packaging/installer.nsi
	mv "$out.tmp" "$out"
	echo "$stamp" >"$out.stamp"
	say "installer: $out ($(du -h "$out" | cut -f1))"
}

do_darwin() {
	[[ $(uname -s) == Darwin ]] || die "the macOS .app is built on a Mac (make package there)"
	local dir out
	dir=$(stage darwin)
	"$GO" build -ldflags "-s -w -X main.version=$VERSION" -o "$dir/spinecoach" ./cmd/spinecoach
	printf '// Package stage is a placeholder: fyne package needs a Go file here.\npackage stage\n' >"$dir/stage.go"
	(cd "$dir" && "$FYNE" package --os darwin --exe spinecoach --icon "$ICON" --name "$NAME" \
		--app-id "$APPID" --app-version "$VERSION" --app-build "$BUILD")
	out=$DIST/$NAME.app
	rm -rf "$out"
	mv "$dir/$NAME.app" "$out"
	say "darwin: $out"
}

(($# > 0)) || {
	sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}
for t in "$@"; do
	case $t in
	icons | linux | windows | darwin | metainfo | deb | installer) ;;
	*) die "unknown target '$t' (icons, linux, windows, darwin, metainfo, deb, installer)" ;;
	esac
done
for t in "$@"; do
	start=$SECONDS
	"do_$t"
	say "$t took $((SECONDS - start))s"
done
