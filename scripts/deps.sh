#!/usr/bin/env bash
# scripts/deps.sh MODE...: check for Go and install the system packages Spine Coach needs.
#   build         what a cgo build of the Fyne app needs (C compiler, OpenGL and X11 headers)
#   run           build + what the window uses when present (the speech service for the voice)
#   test          build + run + what the tests need (Xvfb, xdotool, ImageMagick, D-Bus, sox, ...)
#   package       build + what make package needs besides (the Windows cross-compiler, xz, NSIS,
#                 dpkg-dev and help2man for the .deb)
#   windows       Wine, to run the Windows build and its installer (make test-windows)
#   go            only check that the Go toolchain is there
#   --list MODE   print the packages of MODE, one a line; check and install nothing
# The package lists below are the only place they are kept: adding a package is adding a line.
#
# Only packages that dpkg-query does not report as installed are installed, after one
# `apt-get update`; on a machine that has them all this does nothing and needs no network.
# As root it runs apt-get itself, otherwise through sudo. Off Debian/Ubuntu it prints what is
# needed and carries on. Go itself is never installed: without it this exits 1 and says how.
set -euo pipefail

# Build: a cgo build of fyne.io/fyne/v2 (OpenGL through go-gl, windows through GLFW on X11).
BUILD_PKGS=(
	make
	gcc
	libc6-dev
	libgl1-mesa-dev
	libx11-dev
	libxcursor-dev
	libxrandr-dev
	libxinerama-dev
	libxi-dev
	libxxf86vm-dev
	pkg-config
	libasound2-dev # ALSA headers: oto plays the sound cues (internal/sound/speaker)
	librsvg2-bin # rsvg-convert: the icon's PNGs from assets/icon.svg
)

# Run: the voice speaks through speech-dispatcher with the espeak-ng voices (English, Russian).
# Without them the app still runs, with the tones only.
RUN_PKGS=(
	speech-dispatcher
	speech-dispatcher-espeak-ng
	espeak-ng
)

# Package: make package cross-compiles the Windows .exe with cgo, and fyne package runs tar -J.
PACKAGE_PKGS=(
	gcc-mingw-w64-x86-64
	xz-utils
	file
	nsis        # makensis: the Windows installer
	imagemagick # convert: the installer's .ico from the icon's PNGs
	dpkg-dev    # dpkg-shlibdeps: the .deb's Depends
	help2man    # the man page, from spinecoach --help
)

# Windows: the Windows build and its installer run under Wine (scripts/check-windows.sh).
WINDOWS_PKGS=(
	wine64
)

# Test: a real window under a private X server, screenshots, a private D-Bus session with a
# notification daemon (and scripts/fake-notifyd.py's python3-dbus and python3-gi), the
# desktop-file check, and python3 for the fault drill's socket attacks.
TEST_PKGS=(
	xvfb
	xdotool
	x11-utils
	imagemagick
	xauth
	dbus
	dbus-x11
	notification-daemon
	python3-dbus
	python3-gi
	desktop-file-utils
	lintian   # scripts/check-deb.sh: the .deb as Debian checks packages
	appstream # appstreamcli validate: the metainfo
	sox # scripts/speech-check.sh: what espeak-ng says, recorded, must not be silent
	python3 # scripts/fault-drill.sh: the socket attacks
	tzdata  # the agent's end-to-end scripts run at local noon (at_local_noon in scripts/xvfb.sh)
)

GO=${GO:-go}
say() { printf 'deps: %s\n' "$*" >&2; }

usage() {
	sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

# packages_for MODE: the packages a mode needs.
packages_for() {
	case $1 in
	build) printf '%s\n' "${BUILD_PKGS[@]}" ;;
	run) printf '%s\n' "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" ;;
	test) printf '%s\n' "${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" "${TEST_PKGS[@]}" ;;
	package) printf '%s\n' "${BUILD_PKGS[@]}" "${PACKAGE_PKGS[@]}" ;;
	windows) printf '%s\n' "${WINDOWS_PKGS[@]}" ;;
	go) ;;
	esac
}

# check_go: Go must be on PATH; it is not installed here.
check_go() {
	local want have
	want=$(sed -n 's/^go \([0-9][0-9.]*\).*/\1/p' "$(dirname "$0")/../go.mod" 2>/dev/null | head -n1)
	want=${want:-1.26}
	if ! command -v "$GO" >/dev/null 2>&1; then
		say "ERROR: the Go toolchain ('$GO') was not found on PATH; Spine Coach needs Go $want or newer."
		if [[ -x /usr/local/go/bin/go ]]; then
			say "  Go is installed in /usr/local/go: add it to PATH with: export PATH=\$PATH:/usr/local/go/bin"
		else
			say "  Get Go $want from https://go.dev/dl/ (Linux: sudo tar -C /usr/local -xzf go$want.N.linux-amd64.tar.gz),"
			say "  then: export PATH=\$PATH:/usr/local/go/bin   (or set GO=/path/to/go for make)."
		fi
		exit 1
	fi
	have=$("$GO" env GOVERSION 2>/dev/null || true)
	have=${have#go}
	if [[ -n $have ]] && [[ $(printf '%s\n%s\n' "$want" "$have" | sort -V | head -n1) != "$want" ]]; then
		say "warning: Go $have is older than the go $want that go.mod asks for;"
		say "  the go command will try to fetch a go$want toolchain (GOTOOLCHAIN=auto) or fail."
	fi
}

installed() {
	local status
	status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
	[[ $status == *"ok installed"* ]]
}

list=
modes=()
for arg in "$@"; do
	case $arg in
	--list) list=1 ;;
	-h | --help) usage ;;
	*) modes+=("$arg") ;;
	esac
done
((${#modes[@]} > 0)) || usage
for mode in "${modes[@]}"; do
	case $mode in build | run | test | package | windows | go) ;; *)
		say "unknown mode '$mode'"
		usage
		;;
	esac
done

# The packages of all modes, in order, each once.
pkgs=()
for mode in "${modes[@]}"; do
	while IFS= read -r p; do
		[[ -n $p && " ${pkgs[*]} " != *" $p "* ]] && pkgs+=("$p")
	done < <(packages_for "$mode")
done

if [[ -n $list ]]; then
	((${#pkgs[@]} == 0)) || printf '%s\n' "${pkgs[@]}"
	exit 0
fi

check_go
((${#pkgs[@]} > 0)) || exit 0

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	say "not a Debian/Ubuntu system (no dpkg-query/apt-get): installing nothing."
	say "Install your system's equivalents of these Debian packages (${modes[*]}):"
	say "  ${pkgs[*]}"
	exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
	installed "$p" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
	say "all ${#pkgs[@]} packages for '${modes[*]}' are installed"
	exit 0
fi

sudo=()
if [[ $(id -u) != 0 ]]; then
	if ! command -v sudo >/dev/null 2>&1; then
		say "ERROR: missing packages and not root, and sudo is not installed. As root, run:"
		say "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
		exit 1
	fi
	# Without a terminal (CI) sudo must not wait for a password that nobody will type.
	if [[ -t 0 ]]; then sudo=(sudo); else sudo=(sudo -n); fi
fi
say "installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

still=()
for p in "${missing[@]}"; do
	installed "$p" || still+=("$p")
done
if ((${#still[@]} > 0)); then
	say "ERROR: still not installed after apt-get: ${still[*]}"
	exit 1
fi
say "installed: ${missing[*]}"
