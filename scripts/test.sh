#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, builds, runs every test project and
# the MCP conformance suite (direct and through the gateway), and ends with "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline

step() { printf '\n== %s\n' "$*"; }
fail() { echo "test.sh: $*" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

step "npm packages (real MCP upstreams, conformance suite, Node 22) from committed lockfiles"
for dir in tests/npm-peers tests/conformance; do
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $dir"
  fi
done

step "build"
dotnet build SecureMcp.sln -c Release -nologo -v minimal || fail "build failed"

step "unit and integration tests"
log=$(mktemp)
dotnet test SecureMcp.sln -c Release --no-build -nologo -v minimal 2>&1 | tee "$log"
test_exit=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "test.sh: dotnet test exited with $test_exit without a failed test (a crash or build problem)"
fi

if [ -x tests/conformance/ci.sh ]; then
  step "MCP conformance suite: direct and through the gateway"
  conf_log=$(mktemp)
  bash tests/conformance/ci.sh 2>&1 | tee "$conf_log"
  conf_exit=${PIPESTATUS[0]}
  conf_passed=$(grep -oE '^conformance: [0-9]+ passed' "$conf_log" | awk '{print $2}' | tail -1)
  conf_failed=$(grep -oE '^conformance: [0-9]+ passed, [0-9]+ failed' "$conf_log" | awk '{print $4}' | tail -1)
  passed=$((passed + ${conf_passed:-0}))
  failed=$((failed + ${conf_failed:-0}))
  if [ "$conf_exit" -ne 0 ] && [ "${conf_failed:-0}" -eq 0 ]; then failed=$((failed + 1)); fi
fi

echo
echo "tests: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
