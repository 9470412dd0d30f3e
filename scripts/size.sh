#!/usr/bin/env bash
# Size report of the release bundle: raw and gzip bytes of every wasm, js
# and css file of the first load in dist/, and the gzip total against the
# budget, once per language (docs/language.md: the German app bundle
# efa-check-<hash>, the English efa-check-en-<hash>, and what both share,
# the snippets and the stylesheet); then the modules loaded on demand (efa-extras-*, src/extras.rs;
# efa-xlsx-*, src/xlsx.rs), each reported separately. Other files (index.html, fonts, the
# service worker sw.js, fetched after the first result) are listed
# below, outside the budget.
# A report, not a test: it only fails when there is no bundle to measure.
#
#   scripts/size.sh [dist-dir]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

DIST="${1:-$REPO_ROOT/dist}"
BUDGET_KB=450 # gzip total, in KB (1 KB = 1000 bytes)

shopt -s nullglob globstar
files=()
on_demand=()
# The [[bin]] names of the on-demand modules (scripts/extras-hash.mjs,
# ON_DEMAND); their files are <name>-<hash>.js and <name>-<hash>_bg.wasm.
MODULES=(efa-extras efa-xlsx)
module_of() {
  local m
  for m in "${MODULES[@]}"; do
    case "${1##*/}" in "$m"-*) echo "$m" && return ;; esac
  done
}
german=()
english=()
for f in "$DIST"/**/*.wasm "$DIST"/**/*.js "$DIST"/**/*.css; do
  # The service worker is registered once the first result shows
  # (docs/offline.md): listed with the other files.
  [ "${f#"$DIST"/}" != "sw.js" ] || continue
  case "${f##*/}" in
    efa-check-en-*) english+=("$f") ;;
    efa-check-*) german+=("$f") ;;
    *) if [ -n "$(module_of "$f")" ]; then on_demand+=("$f"); else files+=("$f"); fi ;;
  esac
done
[ "${#german[@]}" -gt 0 ] || die "no efa-check wasm/js in $DIST: run trunk build --release first"

# One language's first load: its app bundle and the shared files.
first_load() {
  local name=$1
  shift
  say "First load, $name ($DIST), gzip -9"
  printf '    %-44s %12s %12s\n' "file" "bytes" "gzip bytes"
  local total_raw=0 total_gz=0 f raw gz verdict
  for f in "$@"; do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '    %-44s %12d %12d\n' "${f#"$DIST"/}" "$raw" "$gz"
  done
  printf '    %-44s %12d %12d\n' "TOTAL" "$total_raw" "$total_gz"
  if [ "$total_gz" -le $((BUDGET_KB * 1000)) ]; then verdict="within"; else verdict="OVER"; fi
  awk -v gz="$total_gz" -v kb="$BUDGET_KB" -v v="$verdict" -v n="$name" 'BEGIN {
    printf "    gzip total (%s) %.1f KB of %d KB budget (%.0f%%): %s budget\n", n, gz / 1000, kb, gz / (kb * 10), v }'
}
first_load "Deutsch" "${german[@]}" "${files[@]}"
[ "${#english[@]}" -eq 0 ] || first_load "English" "${english[@]}" "${files[@]}"

# The modules the app loads on demand (charts, share dialog; CSV and
# Excel files), each with its own total.
for m in "${MODULES[@]}"; do
  od_gz=0
  shown=0
  for f in "${on_demand[@]}"; do
    [ "$(module_of "$f")" = "$m" ] || continue
    [ "$shown" -eq 1 ] || note "loaded on demand, $m (not in the first load):"
    shown=1
    gz=$(gzip -9 -c "$f" | wc -c)
    od_gz=$((od_gz + gz))
    printf '    %-44s %12d %12d\n' "${f#"$DIST"/}" "$(stat -c %s "$f")" "$gz"
  done
  [ "$shown" -eq 0 ] ||
    awk -v gz="$od_gz" -v m="$m" 'BEGIN { printf "    on demand (%s), gzip total %.1f KB\n", m, gz / 1000 }'
done

# Everything else that dist/ ships, for information (fonts are already
# compressed, so their raw size is what goes over the wire).
others=()
for f in "$DIST"/**/*; do
  [ -f "$f" ] || continue
  case "${f#"$DIST"/}" in sw.js) ;; *.wasm | *.js | *.css) continue ;; esac
  others+=("$f")
done
if [ "${#others[@]}" -gt 0 ]; then
  note "other files (not in the budget):"
  for f in "${others[@]}"; do
    printf '    %-44s %12d %12d\n' "${f#"$DIST"/}" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
fi
