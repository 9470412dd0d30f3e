# Sourced by the other scripts (not executed): puts the project's tools on
# PATH and defines small helpers. Safe to source more than once.

# Repository root, whatever directory the caller is in.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# cargo-installed tools (trunk, wasm-bindgen, wasm-bindgen-test-runner) and
# the npm-installed wasm-opt (binaryen 132). The npm wasm-opt must win over
# any Debian `binaryen` on the system: that old version breaks the bundle.
# (HOME may be unset in a bare CI environment; fall back to the passwd entry.)
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
E2E_BIN="$REPO_ROOT/tests/e2e/node_modules/.bin"
case ":$PATH:" in *":$E2E_BIN:"*) ;; *) PATH="$E2E_BIN:$PATH" ;; esac
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) PATH="$CARGO_BIN:$PATH" ;; esac
export PATH

# The system Chromium and its driver (Debian packages chromium and
# chromium-driver). Tests read these; override them to use another build.
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Prints a visible step header.
say() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
