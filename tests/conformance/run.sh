#!/usr/bin/env bash
# Runs every server scenario of @modelcontextprotocol/conformance (pinned in package.json) against one MCP endpoint.
#
#   tests/conformance/run.sh TARGET_URL OUTPUT_DIR
#
# Writes, under OUTPUT_DIR:
#   results.tsv            scenario <TAB> passed|failed <TAB> checks passed/failed/warnings
#   passed.txt, failed.txt one scenario name per line
#   logs/<scenario>.log    the suite's output for the scenario
#   checks/                the suite's checks.json for each scenario
# and prints a passed/failed summary. Exits 0 once every scenario has run (failures are judged by compare.sh),
# 2 on a usage or setup error.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 TARGET_URL OUTPUT_DIR" >&2
  exit 2
fi
target_url=$1
output_dir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
node="$here/node_modules/node/bin/node"
cli="$here/node_modules/@modelcontextprotocol/conformance/dist/index.js"
scenario_timeout=${CONFORMANCE_SCENARIO_TIMEOUT:-120}

if [[ ! -x "$node" || ! -f "$cli" ]]; then
  echo "installing the pinned suite and Node 22 (npm ci in $here)" >&2
  (cd "$here" && npm ci --no-audit --no-fund >&2) || { echo "npm ci failed" >&2; exit 2; }
fi

mapfile -t scenarios < <("$node" "$cli" list --server | sed -n 's/^  - \([^ ]*\).*/\1/p')
if [[ ${#scenarios[@]} -eq 0 ]]; then
  echo "the suite listed no server scenarios" >&2
  exit 2
fi

rm -rf "$output_dir"
mkdir -p "$output_dir/logs" "$output_dir/checks"
: >"$output_dir/passed.txt"
: >"$output_dir/failed.txt"
printf 'scenario\tstatus\tchecks\n' >"$output_dir/results.tsv"

echo "conformance $("$node" "$cli" --version) on node $("$node" --version): ${#scenarios[@]} server scenarios against $target_url"
for scenario in "${scenarios[@]}"; do
  log="$output_dir/logs/$scenario.log"
  set +e
  timeout --kill-after=10 "$scenario_timeout" \
    "$node" "$cli" server --url "$target_url" --scenario "$scenario" -o "$output_dir/checks" >"$log" 2>&1
  code=$?
  set -e
  # "Passed: 1/1, 0 failed, 0 warnings" is the suite's own count of checks.
  counts=$(sed -n 's/^Passed: \([0-9]*\/[0-9]*\), \([0-9]*\) failed, \([0-9]*\) warnings.*/\1 passed, \2 failed, \3 warnings/p' "$log" | tail -1)
  if [[ $code -eq 0 ]]; then
    status=passed
  else
    status=failed
    [[ $code -eq 124 || $code -eq 137 ]] && counts="timed out after ${scenario_timeout}s"
  fi
  echo "$scenario" >>"$output_dir/$status.txt"
  printf '%s\t%s\t%s\n' "$scenario" "$status" "${counts:-no result (exit $code)}" >>"$output_dir/results.tsv"
  printf '  %-32s %-6s %s\n' "$scenario" "$status" "${counts:-exit $code}"
done

echo "passed ($(wc -l <"$output_dir/passed.txt")):"
sed 's/^/  /' "$output_dir/passed.txt"
echo "failed ($(wc -l <"$output_dir/failed.txt")):"
sed 's/^/  /' "$output_dir/failed.txt"
echo "summary: $(wc -l <"$output_dir/passed.txt") passed, $(wc -l <"$output_dir/failed.txt") failed (results in $output_dir)"
