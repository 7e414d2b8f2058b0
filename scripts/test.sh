#!/usr/bin/env bash
# Runs every test tiepdan has, on a fresh machine of this kind:
#   0. checks the Swift sources are formatted as .swift-format says (swift format, part of the toolchain);
#   1. installs PostgreSQL, Chromium and the Python checks' packages (scripts/install-test-tools.sh);
#   2. starts a throwaway PostgreSQL cluster on a loopback port, stopped again on exit;
#   3. builds, then runs the Swift suites (store scenarios on SQLite and on PostgreSQL);
#   4. runs the Python checks against outside references (dateutil, lunar-vn, holidays),
#      the system checks (the real binary: signals, locks, commands) and the
#      browser checks (headless Chromium through selenium) against the built server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d /tmp/tiepdan-test.XXXXXX)
chmod 755 "$work"
cleanup() { scripts/postgres.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

echo "== formatting (swift format -i -r Sources Tests Package.swift fixes it)"
swift format lint --strict --recursive --parallel Sources Tests Package.swift

echo "== installing test tools"
scripts/install-test-tools.sh

echo "== starting PostgreSQL"
pg_port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export TIEPDAN_TEST_POSTGRES_URL=$(scripts/postgres.sh start "$work/pg" "$pg_port")
echo "PostgreSQL at $TIEPDAN_TEST_POSTGRES_URL"

echo "== building"
swift build --build-tests

echo "== Swift tests"
set +e
swift test --skip-build 2>&1 | tee "$work/swift.log"
swift_status=${PIPESTATUS[0]}
set -e
sqlite_cases=$(grep -oE 'Test "scenario on SQLite" with [0-9]+ test cases passed' "$work/swift.log" | grep -oE '[0-9]+' | head -n 1 || true)
postgres_cases=$(grep -oE 'Test "scenario on PostgreSQL" with [0-9]+ test cases passed' "$work/swift.log" | grep -oE '[0-9]+' | head -n 1 || true)
echo "store scenarios passed: ${sqlite_cases:-0} on SQLite, ${postgres_cases:-0} on PostgreSQL"
swift_total=$(grep -oE 'Test run with [0-9]+ tests' "$work/swift.log" | grep -oE '[0-9]+' | tail -n 1 || echo 0)

echo "== system and browser checks"
set +e
TIEPDAN_BIN="$root/.build/debug/tiepdan" TIEPDAN_ROOT="$root" \
  .venv/bin/python -m pytest -q -p no:cacheprovider Tests/oracle Tests/system Tests/browser 2>&1 | tee "$work/pytest.log"
pytest_status=${PIPESTATUS[0]}
set -e
py_passed=$(grep -oE '[0-9]+ passed' "$work/pytest.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
py_failed=$( (grep -oE '[0-9]+ (failed|errors?)' "$work/pytest.log" || true) | awk '{s+=$1} END {print s+0}')

failed=0
[ "$swift_status" -eq 0 ] || failed=$((failed + 1))
[ "$pytest_status" -eq 0 ] || failed=$((failed + ${py_failed:-1}))
if [ "${sqlite_cases:-0}" -eq 0 ] || [ "${postgres_cases:-0}" -eq 0 ]; then
  echo "store scenarios did not run on both engines"
  failed=$((failed + 1))
fi
passed=$(( (swift_status == 0 ? swift_total : 0) + py_passed ))
echo "tiepdan: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
