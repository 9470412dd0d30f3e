#!/usr/bin/env bash
# Installs what EfA-Check needs to build and test, and only what is missing.
# Every tool is checked by version first; nothing is reinstalled, so running
# this again is cheap (a few seconds).
#
#   scripts/setup.sh build   Rust toolchain + wasm32 target, trunk,
#                            wasm-bindgen-cli, npm tools (wasm-opt),
#                            crates fetched for the offline trunk build
#   scripts/setup.sh test    all of the above, plus Chromium and chromedriver,
#                            LibreOffice Calc (workbook tests), poppler-utils
#                            (print report test) and cargo-fuzz
#                            (if the nightly toolchain exists)
#   scripts/setup.sh fuzz    Rust toolchain and cargo-fuzz only (make fuzz)
#
# Only package registries are used (crates.io, npm, Debian): trunk's own
# download of wasm-bindgen/wasm-opt from GitHub would fail on our machines,
# which is why Trunk.toml says offline = true and we provide the tools.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

MODE="${1:-build}"
case "$MODE" in build | test | fuzz) ;; *) die "usage: $0 build|test|fuzz" ;; esac

TRUNK_VERSION="0.21.14"
CARGO_FUZZ_VERSION="0.13.2"
WASM_TARGET="wasm32-unknown-unknown"

# Runs a command as root: directly when we are root (CI), else via sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Rust toolchain --------------------------------------------------------
# rust-toolchain.toml pins the channel; rustup's auto-install may be switched
# off (RUSTUP_AUTO_INSTALL=0), so install the pinned toolchain explicitly.
setup_rust() {
  say "Rust toolchain"
  local channel
  channel="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
  [ -n "$channel" ] || die "no channel in rust-toolchain.toml"
  if ! rustup toolchain list | grep -q "^$channel"; then
    note "installing toolchain $channel"
    rustup toolchain install "$channel" --profile minimal \
      --component clippy,rustfmt --target "$WASM_TARGET"
  fi
  local installed_targets installed_components
  installed_targets="$(rustup target list --installed --toolchain "$channel")"
  if ! grep -qx "$WASM_TARGET" <<<"$installed_targets"; then
    note "adding target $WASM_TARGET"
    rustup target add "$WASM_TARGET" --toolchain "$channel"
  fi
  installed_components="$(rustup component list --installed --toolchain "$channel")"
  for c in clippy rustfmt; do
    if ! grep -q "^$c" <<<"$installed_components"; then
      note "adding component $c"
      rustup component add "$c" --toolchain "$channel"
    fi
  done
  note "$(rustc --version), target $WASM_TARGET present"
}

# --- cargo-installed tools -------------------------------------------------
# Prints the version a binary reports as its second word ("trunk 0.21.14"),
# or nothing when the binary is missing.
tool_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | awk '{print $2; exit}'
}

setup_trunk() {
  say "trunk $TRUNK_VERSION"
  if [ "$(tool_version trunk)" = "$TRUNK_VERSION" ]; then
    note "already installed"
    return
  fi
  # trunk 0.22 needs a newer rustc than we pin; --locked keeps its
  # dependency versions the ones it was released with. ~15 CPU-minutes.
  note "installing (this takes several minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

setup_wasm_bindgen() {
  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or the
  # generated JS glue and the wasm disagree.
  local want
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  [ -n "$want" ] || die "wasm-bindgen not found in Cargo.lock"
  say "wasm-bindgen-cli $want (from Cargo.lock)"
  if [ "$(tool_version wasm-bindgen)" = "$want" ] &&
    [ "$(tool_version wasm-bindgen-test-runner)" = "$want" ]; then
    note "already installed"
    return
  fi
  # Without --locked on purpose: the crate's lock file names a webpki-roots
  # version that crates.io does not serve (see shared TOOLCHAIN notes).
  note "installing (this takes several minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$want" --force
}

# --- npm tools (wasm-opt, playwright-core, axe-core) -----------------------
setup_npm() {
  say "npm tools in tests/e2e (binaryen/wasm-opt, playwright-core, axe-core)"
  command -v node >/dev/null 2>&1 || die "Node.js >= 20 is required (node not found)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js >= 20 is required, found $(node --version)"
  # npm ci always wipes node_modules, so run it only when the lock file
  # changed since the last install (npm writes node_modules/.package-lock.json).
  local stamp=tests/e2e/node_modules/.efa-lock-stamp
  if [ -f "$stamp" ] && cmp -s tests/e2e/package-lock.json "$stamp"; then
    note "up to date"
  else
    (cd tests/e2e && npm ci --no-audit --no-fund)
    cp tests/e2e/package-lock.json "$stamp"
  fi
  [ "$(command -v wasm-opt)" = "$E2E_BIN/wasm-opt" ] ||
    die "wasm-opt on PATH is $(command -v wasm-opt), expected $E2E_BIN/wasm-opt"
  note "$(wasm-opt --version)"
}

# --- crates for the offline trunk build ------------------------------------
setup_crates() {
  say "cargo fetch (trunk builds with --offline)"
  # Without --target, cargo fetch downloads the dependencies of every
  # target platform, i.e. the host's and wasm32's. A no-op when up to date.
  cargo fetch --quiet
  note "crates present"
}

# --- fuzzing: nightly toolchain and cargo-fuzz ------------------------------
# The fuzz targets (fuzz/) build with AddressSanitizer and libFuzzer's
# coverage instrumentation, which only nightly rustc offers. The nightly
# itself is enough: its rust-std ships the sanitizer runtime (rust-src is
# only for --build-std, llvm-tools only for `cargo fuzz coverage`). It is
# not installed here: it cannot be pinned the way the stable toolchain is,
# and our machines cannot download it. Without it the fuzz stage of
# make test is skipped (scripts/fuzz.sh says so) and make fuzz fails.
setup_fuzz() {
  say "nightly toolchain and cargo-fuzz $CARGO_FUZZ_VERSION"
  if ! rustup toolchain list | grep -q '^nightly'; then
    note "WARNING: no nightly toolchain (rustup toolchain list): the fuzz targets"
    note "cannot be built; make test skips its fuzz stage, make fuzz fails."
    note "Install it with: rustup toolchain install nightly --profile minimal"
    return
  fi
  note "$(rustup run nightly rustc --version)"
  if [ "$(tool_version cargo-fuzz)" = "$CARGO_FUZZ_VERSION" ]; then
    note "cargo-fuzz already installed"
    return
  fi
  # Built with the pinned stable toolchain (a minute or two on 2 cores);
  # --locked keeps the dependency versions it was released with.
  note "installing cargo-fuzz"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
}

# --- browser for the tests -------------------------------------------------
setup_browser() {
  say "Chromium and chromedriver (Debian packages)"
  if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
    note "already installed"
  else
    # Tool-specific browser downloads (npx playwright install) fail here;
    # Debian's packages work. Needs root (CI runs as root).
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update
    as_root apt-get install -y chromium chromium-driver
  fi
  # The Debian wrapper script prints a harmless shell warning on stderr.
  note "$("$CHROMIUM" --version 2>/dev/null)"
  note "$("$CHROMEDRIVER" --version 2>/dev/null | cut -d' ' -f1-2)"
}

# --- LibreOffice Calc for the workbook tests -------------------------------
# The XLSX export is checked by opening each workbook in LibreOffice Calc
# headless, recalculating and reading the Kapitalwert back
# (tests/export_xlsx.rs, tests/e2e/export.test.mjs). Debian's package
# without a GUI installs in about a minute.
setup_office() {
  say "LibreOffice Calc (Debian package libreoffice-calc-nogui)"
  if command -v soffice >/dev/null 2>&1; then
    note "already installed"
  else
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update
    as_root apt-get install -y --no-install-recommends libreoffice-calc-nogui
  fi
  note "$(soffice --version 2>/dev/null | head -n 1)"
}

# --- PDF tools for the print report test -----------------------------------
# tests/e2e/report.test.mjs prints the report with Chromium and reads the
# PDF back with pdftotext, pdfinfo and pdftoppm (Debian's poppler-utils).
setup_pdf_tools() {
  say "PDF tools (Debian package poppler-utils)"
  if command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null && command -v pdftoppm >/dev/null; then
    note "already installed"
  else
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update
    as_root apt-get install -y --no-install-recommends poppler-utils
  fi
  note "$(pdftotext -v 2>&1 | head -n 1)"
}

setup_rust
if [ "$MODE" = fuzz ]; then
  setup_fuzz
  say "setup ($MODE) complete"
  exit 0
fi
setup_trunk
setup_wasm_bindgen
setup_npm
setup_crates
if [ "$MODE" = test ]; then
  setup_fuzz
  setup_browser
  setup_office
  setup_pdf_tools
fi
say "setup ($MODE) complete"
