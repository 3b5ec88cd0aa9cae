#!/usr/bin/env bash
# The soak (issue 9): the portal's peak rate under mixed traffic (readers' pages and the API, and one in five
# requests an administrator's: the staff source list and editor, the records, a history), then SOAK_MINUTES
# (default 30) at half that rate, then 2 minutes at 150 % of it. Per period: requests/s, p99, errors, and the
# heap after a full GC (jcmd), to see that nothing grows. Prints Markdown tables.
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
  local jar="$work/cookies" fields=() name value
  curl -fsS -c "$jar" -b "$jar" -o "$work/login.html" "http://localhost:$port/login.xhtml"
  while read -r name value; do
    fields+=(--data-urlencode "$name=$value")
  done < <(tr '\n' ' ' < "$work/login.html" | grep -o '<form id="login".*</form>' \
    | grep -o '<input type="hidden" name="[^"]*"[^>]*value="[^"]*"' \
    | sed -E 's/.*name="([^"]*)".*value="([^"]*)".*/\1 \2/')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "${fields[@]}" --data-urlencode "login:username=admin" \
    --data-urlencode "login:password=$admin_password" --data-urlencode "login:sign-in=Sign in" \
    "http://localhost:$port/login.xhtml"
  awk '$6 ~ /^JSESSIONID/ { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}
cookie="$(sign_in)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://localhost:$port/admin/records.xhtml")" = 200 ] \
  || { echo "could not sign in as the administrator" >&2; exit 1; }

heap_after_gc() { # MiB used in the heap right after a full collection
  jcmd "$java_pid" GC.run > /dev/null
  jcmd "$java_pid" GC.heap_info | awk '/garbage-first heap|total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f\n", v / 1024; exit } }'
}
run_wrk() { # seconds delay_ms connections -> "requests/s p99_ms errors"
  SOAK_COOKIE="$cookie" SOAK_DELAY_MS="$2" wrk -t2 -c"$3" -d"${1}s" --timeout 10s --latency -s bench/soak.lua \
    "http://localhost:$port" > "$work/wrk.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { err += $NF }
    /Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { v = $i; sub(/,/, "", v); err += v } }
    END { printf "%.1f %.1f %d\n", rps, p99, err }' "$work/wrk.out"
}

echo "Machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"
run_wrk "$peak_seconds" 0 $((connections * 2)) > /dev/null  # warm-up (the JIT)
read -r peak peak_p99 peak_err < <(run_wrk "$peak_seconds" 0 $((connections * 2)))
heap_start="$(heap_after_gc)"
echo
echo "Peak (closed loop, $((connections * 2)) connections, $peak_seconds s): $peak requests/s, p99 $peak_p99 ms, $peak_err errors;"
echo "heap after GC: $heap_start MiB"
echo
# a connection waits before each request so that all of them together ask for the target rate
half_delay=$(awk -v c=$connections -v r="$peak" 'BEGIN { printf "%d", c / (r / 2) * 1000 }')
echo "| period | target (requests/s) | requests/s | p99 (ms) | errors | heap after GC (MiB) |"
echo "|---|---:|---:|---:|---:|---:|"
total_errors=0
for period in $(seq 1 $((minutes / period_minutes))); do
  read -r rps p99 err < <(run_wrk $((period_minutes * 60)) "$half_delay" $connections)
  total_errors=$((total_errors + err))
  echo "| half rate, minutes $(((period - 1) * period_minutes))–$((period * period_minutes)) | $(awk -v r="$peak" 'BEGIN { printf "%.0f", r / 2 }') | $rps | $p99 | $err | $(heap_after_gc) |"
done
over_connections=$((connections * 2))
over_delay=$(awk -v c=$over_connections -v r="$peak" 'BEGIN { printf "%d", c / (r * 1.5) * 1000 }')
read -r rps p99 err < <(run_wrk $((overload_minutes * 60)) "$over_delay" $over_connections)
echo "| 150 %, $overload_minutes minutes | $(awk -v r="$peak" 'BEGIN { printf "%.0f", r * 1.5 }') | $rps | $p99 | $err | $(heap_after_gc) |"
echo
echo "Errors at half the rate: $total_errors. Load after: $(uptime | sed 's/.*load average: //')"
