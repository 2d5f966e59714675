#!/usr/bin/env bash
# scripts/check.sh [STEP...]: the steps of `make test` (and `make lint`), in order, each run even
# if an earlier one failed, then one summary. Default: all steps.
#   build        make build (bin/spinecoach)
#   fmt          gofmt -l: no file may need formatting
#   vet          go vet ./...
#   staticcheck  staticcheck ./... at a pinned version, through the Go module proxy
#   core         CGO_ENABLED=0 go test ./internal/...: the core needs neither cgo nor Fyne
#   race         go test -race ./...
#   smoke        scripts/xvfb-smoke.sh: the built app in a real window under Xvfb
#   agent        scripts/agent-e2e.sh: the reminder agent and a real notification
#   speech       scripts/speech-check.sh: one line through the real speech-dispatcher, espeak-ng recorded
#   drill        scripts/fault-drill.sh: the issue-14 attacks (full disk, read-only folder, kills,
#                dead and frozen bus, socket attacks, ...) against the built binary
#   package      make package (Linux .tar.xz and .deb, Windows .exe and installer),
#                scripts/check-package.sh (icon, archive, .desktop, .exe resources, versions),
#                scripts/check-install.sh (install, start from the menu entry under Xvfb,
#                uninstall leaves nothing)
#   deb          scripts/check-deb.sh: lintian, appstreamcli, apt-get install of the .deb, its menu
#                entry's Exec, apt-get remove leaves nothing
#   windows      scripts/check-windows.sh: the .exe and the installer under Wine and Xvfb
#   darwin       CGO_ENABLED=0 GOOS=darwin go build + vet of the packages that need no cgo
# Environment: GO [go], BIN [bin/spinecoach], MAKE [make], STATICCHECK_VERSION, GOTESTFLAGS.
# System packages are not installed here: make test runs scripts/deps.sh first.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2

GO=${GO:-go}
BIN=${BIN:-bin/spinecoach}
MAKE=${MAKE:-make} # not passed by the Makefile: a $(MAKE) line would run even under make -n
# honnef.co/go/tools v0.8.2 = staticcheck 2026.2.2, the newest release; its go.mod says go 1.26.0.
# (2025.1.1 = v0.6.1 predates Go 1.26.) `go list -m -versions honnef.co/go/tools` lists them.
STATICCHECK_VERSION=${STATICCHECK_VERSION:-v0.8.2}
# shellcheck disable=SC2206 # word-split on purpose
GOTESTFLAGS=(${GOTESTFLAGS:-})

step_build() { "$MAKE" --no-print-directory build GO="$GO"; }

step_fmt() {
	local gofmt files bad
	gofmt="$("$GO" env GOROOT)/bin/gofmt"
	[[ -x $gofmt ]] || gofmt=gofmt
	files=$(find . -type d \( -name .git -o -name testdata -o -name vendor -o -name build -o -name bin -o -name dist -o -name node_modules \) -prune \
		-o -type f -name '*.go' -print)
	[[ -n $files ]] || return 0
	# shellcheck disable=SC2086 # one file a word; the repo has no spaces in Go file names
	bad=$("$gofmt" -l $files) || return 1
	if [[ -n $bad ]]; then
		echo "these files need gofmt (run: gofmt -w FILE):"
		# shellcheck disable=SC2086 # one file a word
		printf '  %s\n' $bad
		return 1
	fi
	echo "all $(wc -w <<<"$files") Go files are gofmt-clean"
}

step_vet() { "$GO" vet ./... && echo "go vet: no findings"; }

step_staticcheck() {
	"$GO" run "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION" ./... &&
		echo "staticcheck $STATICCHECK_VERSION: no findings"
}

step_core() { CGO_ENABLED=0 "$GO" test "${GOTESTFLAGS[@]}" ./internal/...; }

step_race() { "$GO" test -race "${GOTESTFLAGS[@]}" ./...; }

step_smoke() {
	if [[ -n ${build_failed:-} ]]; then
		echo "not run: the build failed, and $BIN would be stale or missing"
		return 1
	fi
	# The version the binary prints is the one FyneApp.toml declares.
	want=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -n 1)
	got=$("$BIN" --version 2>/dev/null)
	if [[ $got != "Spine Coach $want" ]]; then
		echo "FAIL: $BIN --version printed '$got', want 'Spine Coach $want' (FyneApp.toml)"
		return 1
	fi
	echo "PASS: $BIN --version: $got"
	scripts/xvfb-smoke.sh "$BIN"
}

# The reminder agent end to end: a real notification over a private D-Bus session.
step_agent() {
	if [[ -n ${build_failed:-} ]]; then
		echo "not run: the build failed"
		return 1
	fi
	scripts/agent-e2e.sh "$BIN"
}

# The voice against the machine's real speech service (skipped where it is not installed).
step_speech() { scripts/speech-check.sh; }

# The fault drill: hostile environments end to end; a table of attack -> held, fails on any loss.
step_drill() {
	if [[ -n ${build_failed:-} ]]; then
		echo "not run: the build failed"
		return 1
	fi
	scripts/fault-drill.sh "$BIN"
}

# The packages: built as a user would (make package), then what they hold, then installed,
# started from their menu entry and removed again. Cold, the Windows cross-build takes ~5 min.
step_package() {
	"$MAKE" --no-print-directory package GO="$GO" || return 1
	local rc=0
	scripts/check-package.sh || rc=1
	scripts/check-install.sh || rc=1
	return "$rc"
}

# The .deb as Debian's tools and apt see it; make package (the step before) built it.
step_deb() { scripts/check-deb.sh; }

# The Windows build under Wine: the window, a session, the installer and the uninstaller.
step_windows() { scripts/check-windows.sh; }

# macOS cannot be built here (cgo needs Apple's SDK), but everything that needs no cgo is compiled
# and vetted for it. internal/agent is left out: fyne.io/systray needs cgo on darwin.
step_darwin() {
	local pkgs
	pkgs=$(CGO_ENABLED=0 GOOS=darwin "$GO" list ./internal/... ./assets/... | grep -v '/internal/agent$') || return 1
	# shellcheck disable=SC2086 # one package a word
	CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 "$GO" build $pkgs &&
		CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 "$GO" vet $pkgs &&
		echo "GOOS=darwin: $(wc -w <<<"$pkgs") packages build and vet clean (internal/agent needs cgo there)"
}

all=(build fmt vet staticcheck core race smoke agent speech drill package deb windows darwin)
steps=("$@")
((${#steps[@]} > 0)) || steps=("${all[@]}")
for s in "${steps[@]}"; do
	[[ " ${all[*]} " == *" $s "* ]] || {
		echo "check: unknown step '$s' (steps: ${all[*]})" >&2
		exit 2
	}
done

passed=0 failed=0 results=() build_failed=
t_all=$SECONDS
for s in "${steps[@]}"; do
	printf '\n==> %s\n' "$s"
	t=$SECONDS
	if "step_$s"; then
		passed=$((passed + 1))
		results+=("$(printf 'PASS  %-12s %4ds' "$s" $((SECONDS - t)))")
	else
		failed=$((failed + 1))
		[[ $s == build ]] && build_failed=1
		results+=("$(printf 'FAIL  %-12s %4ds' "$s" $((SECONDS - t)))")
	fi
done

printf '\n==> summary (%ds)\n' $((SECONDS - t_all))
printf '  %s\n' "${results[@]}"
if ((failed > 0)); then
	printf 'RESULT: FAIL\n'
else
	printf 'RESULT: PASS\n'
fi
# The closing line, in the plain form CI reads.
printf 'checks: %d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
