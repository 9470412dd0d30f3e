#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ one after the other and reports, per
# target, the executions, their rate, the coverage and any finding.
#
#   scripts/fuzz.sh run [SECONDS]    make fuzz: SECONDS per target (default
#                                    180); the corpus grows in
#                                    target/fuzz-corpus/<target> across runs
#   scripts/fuzz.sh smoke [SECONDS]  make test: SECONDS per target (default
#                                    15) from the committed corpus only;
#                                    skipped when there is no nightly
#
# The committed seeds in fuzz/corpus/<target> are read but never written:
# libFuzzer adds new inputs to the first corpus directory only, which is
# the scratch one. Findings land in fuzz/artifacts/<target>/, the fuzzer's
# full output in target/fuzz-logs/<target>.log.
#
# Ends with "fuzz: N passed, M failed" and the TAP-style "# pass N" /
# "# fail M" lines that the summary of scripts/test.sh adds up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

MODE="${1:-run}"
case "$MODE" in
  run) SECONDS_PER_TARGET="${2:-180}" ;;
  smoke) SECONDS_PER_TARGET="${2:-15}" ;;
  *) die "usage: $0 run|smoke [seconds per target]" ;;
esac
[[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]] || die "seconds per target must be a positive number"

TARGETS=(link_decode json_document number_parse)
LOG_DIR="$REPO_ROOT/target/fuzz-logs"

if ! rustup toolchain list | grep -q '^nightly'; then
  if [ "$MODE" = smoke ]; then
    echo "fuzz: SKIPPED: no nightly toolchain (rustup toolchain list), which cargo-fuzz needs"
    echo "fuzz: 0 passed, 0 failed, ${#TARGETS[@]} skipped"
    exit 0
  fi
  die "cargo-fuzz needs the nightly toolchain; rustup toolchain list shows none"
fi
command -v cargo-fuzz >/dev/null 2>&1 || die "cargo-fuzz is missing: run scripts/setup.sh test"

# One build for all targets, so its time is reported apart from the runs.
start=$SECONDS
cargo +nightly fuzz build
echo "fuzz: build took $((SECONDS - start))s"
mkdir -p "$LOG_DIR"

# The value of a libFuzzer "stat::NAME: value" line in a log.
fuzz_stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$2"; }

passed=0
failed=0
for target in "${TARGETS[@]}"; do
  if [ "$MODE" = smoke ]; then
    scratch="$REPO_ROOT/target/fuzz-smoke/$target"
    rm -rf "$scratch"
  else
    scratch="$REPO_ROOT/target/fuzz-corpus/$target"
  fi
  mkdir -p "$scratch" "fuzz/artifacts/$target"
  args=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -print_final_stats=1)
  [ -f "fuzz/dict/$target.dict" ] && args+=(-dict="$REPO_ROOT/fuzz/dict/$target.dict")
  log="$LOG_DIR/$target.log"
  before="$(ls "fuzz/artifacts/$target")"
  status=0
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  cargo +nightly fuzz run "$target" "$scratch" "fuzz/corpus/$target" -- "${args[@]}" >"$log" 2>&1 ||
    status=$?
  runs="$(fuzz_stat number_of_executed_units "$log")"
  rate="$(fuzz_stat average_exec_per_sec "$log")"
  # The last status line ("#N DONE cov: C ft: F corp: K/..."), or the
  # last one before a crash.
  cov="$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$log" | tail -n 1 || true)"
  new_artifacts="$(comm -13 <(echo "$before") <(ls "fuzz/artifacts/$target"))"
  echo "    ${runs:-?} executions, ${rate:-?} exec/s, ${cov:-no coverage line}, corpus dir $scratch"
  if [ "$status" -eq 0 ] && [ -z "$new_artifacts" ]; then
    echo "    no findings"
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "    FINDING (exit $status); reproducer(s):"
    for a in $new_artifacts; do
      echo "      fuzz/artifacts/$target/$a"
      echo "      reproduce: cargo +nightly fuzz run $target fuzz/artifacts/$target/$a"
    done
    # The panic message (or sanitizer report, or timeout) with the top of
    # its backtrace; the whole report is in the log.
    echo "    --- from $log ---"
    awk '/panicked at|ERROR: (libFuzzer|AddressSanitizer)|ALARM:|out-of-memory/ && !seen++ { n = 30 }
         n-- > 0' "$log" | sed 's/^/    | /'
    grep 'Test unit written to' "$log" | sed 's/^/    | /' || true
  fi
done

echo "fuzz: $passed passed, $failed failed"
echo "# pass $passed"
echo "# fail $failed"
[ "$failed" -eq 0 ]
