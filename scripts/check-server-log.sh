#!/usr/bin/env bash
# Reads the whole test run's server log (every Payara Micro that Arquillian started appends to it, see
# portal-web/src/test/payara/logging.properties) and fails on what must never reach a log line: a session that
# could not be serialized, a session id, a stack trace.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
logs=(portal-web/target/server-log-*.log)
if [ ${#logs[@]} -eq 0 ]; then
  echo "check-server-log: no server log under portal-web/target: the integration tests wrote none" >&2
  exit 1
fi
if ! grep -q "Payara Micro" "${logs[@]}"; then
  echo "check-server-log: ${logs[*]} holds no Payara Micro start: the capture does not work" >&2
  exit 1
fi

failed=0
check() {
  local what=$1 pattern=$2
  local hits
  hits=$(grep -n -i -E -- "$pattern" "${logs[@]}" | head -20 || true)
  if [ -n "$hits" ]; then
    echo "check-server-log: the server log holds $what:" >&2
    echo "$hits" >&2
    failed=1
  fi
}
check "a serialization warning" "Cannot serialize|NotSerializableException"
check "a session id" "jsessionid"
check "a stack trace" $'^\tat [a-zA-Z_$][a-zA-Z0-9_$.]*\\('

if [ $failed -ne 0 ]; then
  exit 1
fi
echo "check-server-log: $(cat "${logs[@]}" | wc -l) lines of server log from $(grep -c 'Payara Micro .* ready in' "${logs[@]}" | awk -F: '{s+=$NF} END {print s}') server starts hold no serialization warning, no session id and no stack trace"
