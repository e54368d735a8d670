#!/usr/bin/env bash
# Runs the official conformance suite twice in one go: against the C# fixture server directly, and through the
# gateway fronting the same fixture (as a stdio upstream, names unprefixed, anonymous on loopback). Then judges:
# every scenario that passes directly must pass through the gateway, and every direct failure must be in
# baseline.txt. Ends with "conformance: N passed, N failed", where a scenario counts once per target.
#
#   tests/conformance/ci.sh [OUTPUT_DIR]     (default: artifacts/conformance; expects a Release build)
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/artifacts/conformance}
config=${CONFIGURATION:-release}
fixture="$repo/artifacts/bin/SecureMcp.ConformanceFixture/$config/SecureMcp.ConformanceFixture.dll"
cli="$repo/artifacts/bin/SecureMcp.Cli/$config/securemcp.dll"
for f in "$fixture" "$cli"; do
  [[ -f "$f" ]] || { echo "missing $f: build the solution first (-c ${config^})" >&2; echo "conformance: 0 passed, 1 failed"; exit 1; }
done
mkdir -p "$out"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; sleep 0.5; for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; }
trap cleanup EXIT

# wait_for LOGFILE SED_PATTERN PID -> prints the captured URL
wait_for() {
  local log=$1 pattern=$2 pid=$3 url=
  for _ in $(seq 1 300); do
    url=$(sed -n "$pattern" "$log" | head -1)
    [[ -n "$url" ]] && { echo "$url"; return 0; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "did not start:" >&2; cat "$log" >&2; return 1
}

fixture_log="$out/fixture.log"
dotnet "$fixture" --http http://127.0.0.1:0 2>"$fixture_log" >/dev/null &
pids+=($!)
direct_url=$(wait_for "$fixture_log" 's/^conformance fixture listening on \(http[^ ]*\)$/\1/p' "${pids[-1]}") || { echo "conformance: 0 passed, 1 failed"; exit 1; }

cat >"$out/gateway.yaml" <<YAML
listen: http://127.0.0.1:0
auditPath: gateway-audit.db
http:
  anonymousPrincipal: conformance-suite
upstreams:
  - name: fixture
    transport: stdio
    command: dotnet
    args: ['$fixture', --stdio]
    prefixNames: false
YAML
gateway_log="$out/gateway.log"
dotnet "$cli" gateway --config "$out/gateway.yaml" 2>"$gateway_log" >/dev/null &
pids+=($!)
gateway_url=$(wait_for "$gateway_log" 's/^securemcp gateway: serving MCP at \(http[^ ]*\) .*/\1/p' "${pids[-1]}") || { echo "conformance: 0 passed, 1 failed"; exit 1; }

echo "direct:  $direct_url"
echo "gateway: $gateway_url"
"$here/run.sh" "$direct_url" "$out/direct"
"$here/run.sh" "$gateway_url" "$out/gateway"
"$here/compare.sh" "$out/direct" "$out/gateway"
verdict=$?

baseline=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/baseline.txt" 2>/dev/null | grep -v '^$' | sort -u)
unexpected=$(comm -23 <(sort -u "$out/direct/failed.txt") <(printf '%s\n' "$baseline" | grep -v '^$') | grep -c . || true)
regressed=$(comm -23 <(sort -u "$out/direct/passed.txt") <(sort -u "$out/gateway/passed.txt") | grep -c . || true)
passed=$(( $(grep -c . "$out/direct/passed.txt" || true) + $(grep -c . "$out/gateway/passed.txt" || true) ))
echo "conformance: $passed passed, $((unexpected + regressed)) failed"
exit $verdict
