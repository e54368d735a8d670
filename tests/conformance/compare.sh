#!/usr/bin/env bash
# Judges conformance results written by run.sh.
#
#   tests/conformance/compare.sh DIRECT_DIR [GATEWAY_DIR]
#
# Fails (exit 1) when
#   - a scenario failed against the fixture directly and is not listed in baseline.txt, or
#   - a scenario passed directly but did not pass through the gateway (when GATEWAY_DIR is given).
# Baseline entries that now pass are reported so the baseline can be trimmed, but do not fail the check.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 DIRECT_DIR [GATEWAY_DIR]" >&2
  exit 2
fi
direct=$1
gateway=${2:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
baseline_file=${CONFORMANCE_BASELINE:-$here/baseline.txt}

for dir in "$direct" ${gateway:+"$gateway"}; do
  if [[ ! -f "$dir/passed.txt" || ! -f "$dir/failed.txt" ]]; then
    echo "no run.sh results in $dir" >&2
    exit 2
  fi
done

# baseline.txt: "scenario  # reason", blank lines and whole-line comments ignored.
baseline=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$baseline_file" 2>/dev/null | grep -v '^$' | sort -u || true)
problems=0

unexpected=$(comm -23 <(sort -u "$direct/failed.txt") <(printf '%s\n' "$baseline" | grep -v '^$' | sort -u))
if [[ -n "$unexpected" ]]; then
  echo "FAIL: failed directly but not in the baseline:"
  printf '%s\n' "$unexpected" | sed 's/^/  /'
  problems=1
fi

fixed=$(comm -12 <(sort -u "$direct/passed.txt") <(printf '%s\n' "$baseline" | grep -v '^$' | sort -u))
if [[ -n "$fixed" ]]; then
  echo "note: in the baseline but passing directly now (remove them from baseline.txt):"
  printf '%s\n' "$fixed" | sed 's/^/  /'
fi

if [[ -n "$gateway" ]]; then
  regressed=$(comm -23 <(sort -u "$direct/passed.txt") <(sort -u "$gateway/passed.txt"))
  if [[ -n "$regressed" ]]; then
    echo "FAIL: passed directly but not through the gateway:"
    printf '%s\n' "$regressed" | sed 's/^/  /'
    problems=1
  fi
  echo "gateway: $(wc -l <"$gateway/passed.txt") passed, $(wc -l <"$gateway/failed.txt") failed"
fi
echo "direct: $(wc -l <"$direct/passed.txt") passed, $(wc -l <"$direct/failed.txt") failed, baseline $(printf '%s\n' "$baseline" | grep -c . || true)"

if [[ $problems -ne 0 ]]; then
  exit 1
fi
echo "conformance: OK"
