#!/usr/bin/env bash
# Builds the C# fixture server, starts it on a free loopback port, runs the whole suite against it (run.sh)
# and judges the result against baseline.txt (compare.sh).
#
#   tests/conformance/direct.sh [OUTPUT_DIR]      (default: artifacts/conformance/direct)
#
# Set CONFORMANCE_SKIP_BUILD=1 to reuse an existing build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
output_dir=${1:-$repo/artifacts/conformance/direct}
project="$repo/tests/SecureMcp.ConformanceFixture"
dll="$repo/artifacts/bin/SecureMcp.ConformanceFixture/debug/SecureMcp.ConformanceFixture.dll"

if [[ "${CONFORMANCE_SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build "$project" -c Debug --nologo -v quiet >&2
fi

mkdir -p "$(dirname "$output_dir")"
fixture_log=$(mktemp)
dotnet "$dll" --http http://127.0.0.1:0 2>"$fixture_log" >/dev/null &
fixture_pid=$!
stop_fixture() {
  kill "$fixture_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$fixture_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$fixture_pid" 2>/dev/null || true
  wait "$fixture_pid" 2>/dev/null || true
  rm -f "$fixture_log"
}
trap stop_fixture EXIT

url=
for _ in $(seq 1 150); do
  url=$(sed -n 's/^conformance fixture listening on \(http[^ ]*\)$/\1/p' "$fixture_log" | head -1)
  [[ -n "$url" ]] && break
  if ! kill -0 "$fixture_pid" 2>/dev/null; then
    echo "the fixture exited:" >&2
    cat "$fixture_log" >&2
    exit 2
  fi
  sleep 0.2
done
if [[ -z "$url" ]]; then
  echo "the fixture did not report its URL within 30s" >&2
  exit 2
fi

"$here/run.sh" "$url" "$output_dir"
cp "$fixture_log" "$output_dir/fixture.log"
"$here/compare.sh" "$output_dir"
