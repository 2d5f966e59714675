# Spine Coach: build, run and test. `make` alone lists the targets.
# On a fresh Debian/Ubuntu machine `make run` and `make test` install what is missing first
# (scripts/deps.sh, with sudo when not root); Go itself must be there already.

GO      ?= go
BIN     = bin/spinecoach
VERSION := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml 2>/dev/null | head -n 1)
VERSION := $(or $(VERSION),0.0.0-dev)
# Arguments for `make run`, e.g. make run ARGS="--data-dir /tmp/sc"
ARGS    ?=
# Key presses for `make screenshot` (see scripts/screenshot.sh), e.g. KEYS="Return sleep:3"
KEYS    ?=
# staticcheck 2026.2.2; see scripts/check.sh
STATICCHECK_VERSION ?= v0.8.2
# make install / uninstall: where (for this user by default), and an optional staging root.
PREFIX  ?= $(HOME)/.local
DESTDIR ?=
# make package: what this system can build (the Mac's .app needs a Mac).
PACKAGES ?= $(if $(filter Darwin,$(shell uname -s)),darwin,linux deb windows installer)

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# Steps depend on each other's order (deps before build before run): never run them in parallel.
.NOTPARALLEL:

export GO BIN STATICCHECK_VERSION PREFIX DESTDIR

.PHONY: help deps deps-run deps-test deps-package build run test test-windows lint bench screenshot figures-sheet icons package install uninstall clean

help: ## list the targets
	@echo "Spine Coach $(VERSION): make TARGET [GO=go] [ARGS=...]"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z-]+:.*## / { printf "  %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

deps: ## check for Go; install missing build packages (C compiler, GL and X11 headers)
	@scripts/deps.sh build

deps-run: ## deps, plus the speech service the voice uses (speech-dispatcher, espeak-ng)
	@scripts/deps.sh build run

deps-test: ## deps, plus what the tests need (Xvfb, xdotool, ImageMagick, D-Bus, lintian; mingw-w64, NSIS, Wine for the packages)
	@scripts/deps.sh build test package windows

deps-package: ## deps, plus what make package uses (mingw-w64, NSIS, dpkg-dev, help2man)
	@scripts/deps.sh build package

build: ## build bin/spinecoach
	@scripts/deps.sh go
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/spinecoach

run: deps-run build ## deps-run + build, then start the app with ARGS
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
		echo "run: no DISPLAY; for a window under a private X server use: scripts/xvfb.sh ./$(BIN) $(ARGS)" >&2; fi
	./$(BIN) $(ARGS)

test: deps-test ## deps-test, then build, gofmt, vet, staticcheck, core tests without cgo, go test -race, real-window smoke test, real speech service, fault drill, packages, .deb, Windows under Wine
	@scripts/check.sh

test-windows: deps-test ## the Windows .exe and its installer under Wine (make test runs it too)
	@scripts/check.sh windows

lint: deps ## gofmt check, go vet, staticcheck
	@scripts/check.sh fmt vet staticcheck

bench: deps-test build ## benchmarks of every package, the idle cost of the agent and the window, a session's CPU with the figure moving and still, and an empty window repainted as often
	$(GO) test -run='^$$' -bench=. -benchmem ./...
	scripts/bench-idle.sh $(BIN)
	BENCH_MODES="animated still floor" BENCH_SECONDS=30 scripts/bench-figure.sh $(BIN)

screenshot: deps-test build ## (re)make the README's screenshots in docs/ (KEYS="..." presses keys first)
	@mkdir -p docs
	@# No notification daemon for the window's pictures: its reminder popup would cover them.
	NOTIFY_DAEMON=0 BIN=$(BIN) scripts/screenshot.sh docs/screenshot.png $(KEYS)
	NOTIFY_DAEMON=0 BIN=$(BIN) scripts/screenshot.sh docs/session.png Return sleep:1 Return Return space sleep:2
	NOTIFY_DAEMON=0 BIN=$(BIN) scripts/screenshot.sh docs/session-upnext.png Return sleep:1 Return sleep:7
	NOTIFY_DAEMON=0 APP_LOCALE=ru_RU SETTINGS='{"start_at_login_asked": true, "text_size": "large"}' \
		BIN=$(BIN) scripts/screenshot.sh docs/home-ru-large.png
	NOTIFY_DAEMON=0 APP_LOCALE=ru_RU SETTINGS='{"start_at_login_asked": true, "text_size": "large"}' \
		BIN=$(BIN) scripts/screenshot.sh docs/session-ru-large.png Return sleep:1 Return Return space sleep:12
	BIN=$(BIN) scripts/reminder-screenshot.sh docs/reminder.png
	LANGUAGE_SETTING=ru BIN=$(BIN) scripts/reminder-screenshot.sh docs/reminder-ru.png
	@# Settings at 1100x1050, the Language choice at its foot focused (19 Tabs).
	NOTIFY_DAEMON=0 XVFB_SCREEN=1920x1080x24 SIZE=1100x1050 BIN=$(BIN) scripts/screenshot.sh docs/settings-language.png \
		s sleep:1 $$(printf 'Tab %.0s' $$(seq 19)) sleep:1

figures-sheet: deps-test build ## build/figures-sheet.png: every exercise's card and its figure at the start, middle and end of a repetition
	GO=$(GO) scripts/figures-sheet.sh $(BIN) build/figures-sheet.png

icons: ## render assets/icon.png (committed; make test checks it) and build/icons/ from assets/icon.svg
	rsvg-convert -w 256 -h 256 assets/icon.svg -o assets/icon.png
	@scripts/package.sh icons

package: deps-package ## dist/: the Linux .tar.xz and .deb, the Windows .exe and installer (on a Mac: the .app), version from FyneApp.toml
	@scripts/package.sh icons $(PACKAGES)

install: deps ## install for this user: $(PREFIX)/bin, the menu entry, the icons (PREFIX=..., DESTDIR=...)
	@scripts/install.sh install

uninstall: ## remove what make install put in $(PREFIX), and the start-at-login entry; keeps your data
	@scripts/install.sh uninstall

clean: ## remove bin/, build/ and dist/ (smoke-test screenshots, helper tools, packages)
	rm -rf bin build dist
