#!/usr/bin/env bash
# scripts/package.sh TARGET...: build Spine Coach's packages into dist/ with the fyne tool pinned
# in go.mod (go tool fyne, fyne.io/tools v1.7.2). Targets:
#   icons    build/icons/NxN.png (16 to 512) rendered from assets/icon.svg with rsvg-convert
#   linux    dist/spinecoach-VERSION-linux-ARCH.tar.xz: usr/local/bin/spinecoach,
#            usr/local/share/applications/io.github.spinecoach.desktop, the icon in
#            usr/local/share/pixmaps, and fyne's Makefile ("sudo make install" or "make user-install")
#   windows  dist/spinecoach-VERSION-windows-amd64.exe, cross-compiled with mingw-w64, with the icon,
#            a manifest and the version in its resources (needs x86_64-w64-mingw32-gcc)
#   darwin   dist/Spine Coach.app (on macOS only: the cgo build needs Apple's clang and SDK)
# The version everywhere is FyneApp.toml's: the binaries get -X main.version=VERSION, as make build does.
# Environment: GO [go].
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
	sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}
for t in "$@"; do
	case $t in
	icons | linux | windows | darwin) ;;
	*) die "unknown target '$t' (icons, linux, windows, darwin)" ;;
	esac
done
for t in "$@"; do
	start=$SECONDS
	"do_$t"
	say "$t took $((SECONDS - start))s"
done
