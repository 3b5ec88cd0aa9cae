#!/usr/bin/env bash
# The soak (issue 9): the portal's peak rate under mixed traffic (readers' pages and the API, and one in five
# requests an administrator's: the staff source list and editor, the records, a history), then SOAK_MINUTES
# (default 30) at half that rate, the peak again (warm by now), then 2 minutes at 150 % of the higher peak. Per
# period: requests/s, p99, errors, and the heap after a full GC (jcmd), to see that nothing grows. Prints Markdown.
#   bash bench/soak.sh                    SOAK_MINUTES=5 SOAK_OVERLOAD_MINUTES=1 bash bench/soak.sh
# Needs wrk (apt-get install wrk) and the JDK's jcmd; builds the WAR when missing. Stops what it starts, by pid.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${SOAK_MINUTES:-30}"
overload_minutes="${SOAK_OVERLOAD_MINUTES:-2}"
period_minutes="${SOAK_PERIOD_MINUTES:-5}"
peak_seconds="${SOAK_PEAK_SECONDS:-60}"
connections=8
port=18576
admin_password="soak-admin-passphrase"
for tool in wrk jcmd curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install wrk; jcmd: the JDK)" >&2; exit 1; }
done

. bench/lib.sh
PORTAL_ADMIN_PASSWORD="$admin_password" start_portal $port "$work/data"
java_pid="$(pgrep -P "$portal_pid" java)"

# an administrator's session, signed in through the login form as a browser does
sign_in() {
  local jar="$work/cookies"
  post_login $port "$jar" admin "$admin_password" -f -o /dev/null
  awk '$6 ~ /^JSESSIONID/ { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}
cookie="$(sign_in)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://localhost:$port/admin/records.xhtml")" = 200 ] \
  || { echo "could not sign in as the administrator" >&2; exit 1; }

heap_after_gc() { # MiB used in the heap right after a full collection
  jcmd "$java_pid" GC.run > /dev/null
  jcmd "$java_pid" GC.heap_info | awk '/garbage-first heap|total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f\n", v / 1024; exit } }'
}
run_wrk() { # seconds delay_ms connections -> "requests/s p99_ms errors mean_latency_ms"
  SOAK_COOKIE="$cookie" SOAK_DELAY_MS="$2" wrk -t2 -c"$3" -d"${1}s" --timeout 10s --latency -s bench/soak.lua \
    "http://localhost:$port" > "$work/wrk.out"
  wrk_summary "$work/wrk.out"
}

echo "Machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"
run_wrk "$peak_seconds" 0 $((connections * 2)) > /dev/null  # warm-up (the JIT)
read -r peak peak_p99 peak_err _ < <(run_wrk "$peak_seconds" 0 $((connections * 2)))
heap_start="$(heap_after_gc)"
echo
echo "Peak (closed loop, $((connections * 2)) connections, $peak_seconds s): $peak requests/s, p99 $peak_p99 ms, $peak_err errors;"
echo "heap after GC: $heap_start MiB"
echo
# A connection waits before each request so that all of them together ask for the target rate: each one sends
# 1 / (pause + latency) requests/s, so the pause is what is left of its share after the last period's mean latency.
pause_ms() { # connections target_rate mean_latency_ms -> pause in ms
  awk -v c="$1" -v r="$2" -v l="$3" 'BEGIN { p = c / r * 1000 - l; printf "%d", (p > 0 ? p : 0) }'
}
half=$(awk -v r="$peak" 'BEGIN { printf "%.1f", r / 2 }')
echo "| period | target (requests/s) | requests/s | p99 (ms) | errors | heap after GC (MiB) |"
echo "|---|---:|---:|---:|---:|---:|"
total_errors=0
# calibration: 30 s at the pause without latency, for the first period's mean latency
read -r _ _ _ mean < <(run_wrk 30 "$(pause_ms $connections "$half" 0)" $connections)
for period in $(seq 1 $((minutes / period_minutes))); do
  read -r rps p99 err mean < <(run_wrk $((period_minutes * 60)) "$(pause_ms $connections "$half" "$mean")" $connections)
  total_errors=$((total_errors + err))
  echo "| half rate, minutes $(((period - 1) * period_minutes))–$((period * period_minutes)) | $half | $rps | $p99 | $err | $(heap_after_gc) |"
done
# the peak again, now that everything is warm: overload is 150 % of the higher of the two
read -r peak_after peak_after_p99 _ _ < <(run_wrk "$peak_seconds" 0 $((connections * 2)))
over=$(awk -v a="$peak" -v b="$peak_after" 'BEGIN { printf "%.1f", (a > b ? a : b) * 1.5 }')
over_connections=$((connections * 4))
read -r rps p99 err _ < <(run_wrk $((overload_minutes * 60)) "$(pause_ms $over_connections "$over" 0)" $over_connections)
echo "| 150 % of the higher peak, $overload_minutes minutes | $over | $rps | $p99 | $err | $(heap_after_gc) |"
echo
echo "Peak again after the soak (closed loop, $((connections * 2)) connections, $peak_seconds s): $peak_after requests/s, p99 $peak_after_p99 ms."
echo "Errors at half the rate: $total_errors. Load after: $(uptime | sed 's/.*load average: //')"
