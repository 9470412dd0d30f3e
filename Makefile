# EfA-Check: the two commands of the README quick start, and a few more.
#
#   make serve   build the release bundle and serve it on http://127.0.0.1:8080
#   make test    run every test (see scripts/test.sh for the stages)
#
#   make build   only build the release bundle into dist/
#                (PUBLIC_URL=/efa-check/ for serving from a sub-path)
#   make size    bundle size report (gzip) of dist/
#   make bench   browser benchmarks of the release bundle (recompute latency;
#                the worst document the limits allow: open and keystroke)
#   make fuzz    run each cargo-fuzz target for FUZZ_SECONDS (default 180)
#                and report executions, coverage and findings (needs the
#                nightly toolchain; scripts/fuzz.sh)
#   make setup   install the build and test tools that are missing
#
# Each target installs what it needs first (scripts/setup.sh); that step is
# a few seconds once everything is there.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
# Sub-path the bundle will be served from; empty means the host's root.
PUBLIC_URL ?=
# Seconds each fuzz target runs for in `make fuzz`.
FUZZ_SECONDS ?= 180

.PHONY: serve test build size bench fuzz setup clean

serve: build
	@echo "EfA-Check: http://127.0.0.1:$(PORT)/"
	node tests/e2e/static-server.mjs $(PORT) dist

test:
	scripts/test.sh

build:
	scripts/setup.sh build
	source scripts/env.sh && trunk build --release $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL))

size:
	scripts/size.sh

bench: build
	scripts/setup.sh test
	node scripts/bench-browser.mjs
	node scripts/bench-worst.mjs
	node scripts/bench-present.mjs

fuzz:
	scripts/setup.sh fuzz
	scripts/fuzz.sh run $(FUZZ_SECONDS)

setup:
	scripts/setup.sh test

clean:
	rm -rf dist target/e2e target/test-logs
