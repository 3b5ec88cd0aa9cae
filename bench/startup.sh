#!/usr/bin/env bash
# Startup time and resident memory: the portal (README Run command) against a bare Payara Micro
# running a trivial WAR, measured in the same run on the same machine.
#   bash bench/startup.sh [runs]      (default 3 runs of each; prints a Markdown table)
# Needs the built WAR (mvn package); stops everything it starts, by process id, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18480
micro=portal-web/target/payara-micro.jar
. bench/lib.sh

# the trivial WAR: one static page
mkdir -p "$work/trivial"
echo '<!DOCTYPE html><title>ok</title><p>ok</p>' > "$work/trivial/index.html"
(cd "$work/trivial" && jar --create --file "$work/trivial.war" index.html)

now_ms() { date +%s%3N; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

measure_portal() { # label data_dir
  local start java
  start=$(now_ms)
  start_portal $port "$2"
  local elapsed=$(( $(now_ms) - start ))
  sleep 5  # let the JIT and pools settle before reading memory
  java=$(pgrep -P "$portal_pid" java)
  echo "| $1 | $elapsed | $(rss_mib "$java") |"
  stop "$portal_pid"
}

measure_bare() {
  local start pid
  start=$(now_ms)
  java -Xms256m -Xmx1g -jar "$micro" --deploy "$work/trivial.war" --contextroot / --port $port \
    --nocluster --disablephonehome > "$work/bare.log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_for "http://localhost:$port/index.html" "$pid" || { echo "bare Payara did not start" >&2; exit 1; }
  local elapsed=$(( $(now_ms) - start ))
  sleep 5
  echo "| bare Payara Micro, trivial WAR | $elapsed | $(rss_mib "$pid") |"
  stop "$pid"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo
echo "| what | command to ready (ms) | resident memory after ready (MiB) |"
echo "|---|---:|---:|"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  measure_portal "portal, fresh database (migrations run)" "$work/data"
  measure_portal "portal, restart on the same database" "$work/data"
  measure_bare
done
