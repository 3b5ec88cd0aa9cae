#!/usr/bin/env bash
# Sign-in timing over HTTP: a wrong password for an account that exists against an unknown user name, through
# the login form as a browser sends it. Both must cost one full PBKDF2 check (AccountsTest proves the equal work;
# this measures the time a client sees). Three attempts of each, below the throttle's limits; prints the medians.
#   bash bench/sign-in-timing.sh
# Needs curl; builds the WAR when missing. Stops what it starts, by pid.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18577
admin_password="timing-admin-passphrase"
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

. bench/lib.sh
PORTAL_ADMIN_PASSWORD="$admin_password" start_portal $port "$work/data"

attempt_ms() { # username -> milliseconds of the POST of the login form with a wrong password
  post_login $port "$work/cookies-$RANDOM" "$1" "not the password" -o /dev/null -w '%{time_total}\n' \
    | awk '{ printf "%.0f\n", $1 * 1000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

attempt_ms admin > /dev/null  # warm-up (the JIT), one failure of the five the throttle allows
wrong=() unknown=()
for i in 1 2 3; do
  wrong+=("$(attempt_ms admin)")
  unknown+=("$(attempt_ms "nobody-$i-$RANDOM")")
done
echo "Machine: $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
echo "| Attempt | Times (ms) | Median (ms) |"
echo "|---|---|---|"
echo "| wrong password | ${wrong[*]} | $(printf '%s\n' "${wrong[@]}" | median) |"
echo "| unknown user | ${unknown[*]} | $(printf '%s\n' "${unknown[@]}" | median) |"
