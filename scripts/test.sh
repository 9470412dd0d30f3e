#!/usr/bin/env bash
# Runs every test of EfA-Check, in order, stopping at the first failure:
#
#   1 setup      scripts/setup.sh test (installs only what is missing)
#   2 fmt        cargo fmt --check (the crate and fuzz/)
#   3 clippy     host (all targets) and wasm32, warnings are errors
#   4 native     cargo test: model, parsing, property tests, snapshots, the
#                CSV read back and the Excel workbook recalculated in
#                LibreOffice (which setup installs; here it must be there)
#   5 fuzz       each cargo-fuzz target for 15 s (scripts/fuzz.sh smoke);
#                skipped with a message when there is no nightly toolchain
#   6 browser    in-browser component tests (wasm-bindgen-test, headless Chromium)
#   7 build      trunk build --release
#   8 size       bundle size report (a number, not a pass/fail test)
#   9 e2e        node --test --test-reporter=spec tests/e2e/ against the release bundle
#
# At the end it prints how long each stage took and one line with the test
# counts of all runners together.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

LOG_DIR="$REPO_ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
rm -f "$LOG_DIR"/*.log

STAGES=()
TIMES=()
T0=$SECONDS

summary() {
  local status=$1
  echo
  echo "==> Summary"
  for i in "${!STAGES[@]}"; do
    printf '    %-10s %s\n' "${STAGES[$i]}" "${TIMES[$i]}"
  done
  printf '    %-10s %ds\n' "total" $((SECONDS - T0))
  # Test counts: cargo prints "test result: ok. N passed; M failed; ...",
  # node's spec reporter prints "ℹ pass N" and "ℹ fail M" (TAP: "# pass N";
  # scripts/fuzz.sh prints the TAP form, one pass per fuzz target).
  local passed failed
  passed=$(cat "$LOG_DIR"/*.log 2>/dev/null |
    awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) p += $i }
         /^(#|ℹ) pass / { p += $3 } END { print p + 0 }')
  failed=$(cat "$LOG_DIR"/*.log 2>/dev/null |
    awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) f += $i }
         /^(#|ℹ) fail / { f += $3 } END { print f + 0 }')
  if [ "$status" -eq 0 ]; then
    echo "    all stages passed"
  else
    echo "    FAILED in stage: ${STAGES[-1]} (log: target/test-logs/)"
  fi
  echo "tests: $passed passed, $failed failed"
}

# stage NAME COMMAND...: runs a stage, logs its output, records its time.
stage() {
  local name=$1
  shift
  say "[$name] $*"
  local start=$SECONDS status=0
  STAGES+=("$name")
  TIMES+=("running")
  "$@" 2>&1 | tee -a "$LOG_DIR/$name.log" || status=$?
  TIMES[-1]="$((SECONDS - start))s"
  if [ "$status" -ne 0 ]; then
    TIMES[-1]+=" FAILED (exit $status)"
    summary 1
    exit "$status"
  fi
}

# Note: inside `stage`, set -e does not apply to these functions (they run
# on the left of `||`), so multi-command functions chain with &&.
fmt_all() {
  cargo fmt --check &&
    cargo fmt --check --manifest-path fuzz/Cargo.toml
}

clippy_all() {
  cargo clippy --all-targets -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown -- -D warnings
}

browser_tests() {
  if [ ! -f tests/browser.rs ]; then
    echo "tests/browser.rs does not exist yet: no in-browser component tests to run"
    return 0
  fi
  # The runner (from .cargo/config.toml) starts chromedriver and reads the
  # browser flags from webdriver.json in the current directory.
  # Each test gets 120 s (default 20 s), for a loaded machine; they take
  # well under a second each.
  CHROMEDRIVER="$CHROMEDRIVER" WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}" \
    cargo test --target wasm32-unknown-unknown --test browser --features inline-extras
}

release_build() {
  # The bundle to deploy, and the same built for a sub-path (README:
  # deployment), which deploy.test.mjs serves under /efa-check/. The second
  # build reuses the compiled wasm; it only reruns wasm-bindgen and wasm-opt.
  trunk build --release &&
    trunk build --release --public-url /efa-check/ --dist target/dist-subpath
}

e2e_tests() {
  # Directory argument: node finds tests/e2e/*.test.mjs (and skips
  # node_modules). Each test starts its own server on a free port.
  EFA_SUBPATH_DIST="$REPO_ROOT/target/dist-subpath" node --test --test-reporter=spec tests/e2e/
}

bench() {
  # A few seconds: recompute latency in the browser, printed, never judged.
  node scripts/bench-browser.mjs && node scripts/bench-worst.mjs && node scripts/bench-present.mjs
}

stage setup scripts/setup.sh test
stage fmt fmt_all
stage clippy clippy_all
# EFA_REQUIRE_SOFFICE: the workbook test fails, instead of skipping with
# a warning, when LibreOffice is missing (tests/export_xlsx.rs).
stage native env EFA_REQUIRE_SOFFICE=1 cargo test
# 15 s per target after the build: 45 s of fuzzing in all.
stage fuzz scripts/fuzz.sh smoke 15
stage browser browser_tests
stage build release_build
stage size scripts/size.sh
stage e2e e2e_tests
stage bench bench
summary 0
