# Sourced by the benchmark scripts (after `cd` to the project root): a temporary folder $work, the processes
# they start (stopped by process id on exit, even on failure), the WAR built when missing, and starting the
# portal with the README's Run command.

work="$(mktemp -d)"
pids=()
on_exit=()  # further commands for the exit, run after the processes in $pids have stopped (a database)
cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  for command in "${on_exit[@]:-}"; do
    [ -n "$command" ] && $command || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

[ -f portal-web/target/payara-micro.jar ] && [ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

wait_for() { # url pid -> 0 when the url answers 200, 1 when the process died or 240 s passed
  for _ in $(seq 1 2400); do
    kill -0 "$2" 2>/dev/null || return 1
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# start_portal port data_dir [java_options]: runs scripts/run.sh in the background until the home page answers;
# its pid is $portal_pid (and in $pids). The log goes to $work/portal.log.
start_portal() {
  PORTAL_PORT=$1 PORTAL_DATA_DIR="$2" PORTAL_JAVA_OPTS="${3:-}" bash scripts/run.sh >> "$work/portal.log" 2>&1 &
  portal_pid=$!
  pids+=("$portal_pid")
  wait_for "http://localhost:$1/" "$portal_pid" \
    || { echo "portal did not start; see log:" >&2; tail -50 "$work/portal.log" >&2; exit 1; }
}

# post_login port jar username password [curl options ...]: opens the login page with the cookie jar, then posts
# its form as a browser does (its hidden fields: view state, nonce), with the name and password typed; the
# options (-w, -o ...) go to the curl of the POST, which prints what they ask for
post_login() {
  local port=$1 jar=$2 username=$3 password=$4 fields=() name value
  shift 4
  curl -fsS -c "$jar" -b "$jar" -o "$work/login.html" "http://localhost:$port/login.xhtml"
  while read -r name value; do
    fields+=(--data-urlencode "$name=$value")
  done < <(tr '\n' ' ' < "$work/login.html" | grep -o '<form id="login".*</form>' \
    | grep -o '<input type="hidden" name="[^"]*"[^>]*value="[^"]*"' \
    | sed -E 's/.*name="([^"]*)".*value="([^"]*)".*/\1 \2/')
  curl -sS "$@" -c "$jar" -b "$jar" "${fields[@]}" --data-urlencode "login:username=$username" \
    --data-urlencode "login:password=$password" --data-urlencode "login:sign-in=Sign in" \
    "http://localhost:$port/login.xhtml"
}

# stop pid: SIGTERM, then wait until it has ended
stop() {
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local kept=()
  for pid in "${pids[@]:-}"; do [ "$pid" != "$1" ] && kept+=("$pid"); done
  pids=("${kept[@]:-}")
}

# wrk_summary file: what wrk --latency printed, as "requests/s p99_ms errors mean_latency_ms"; errors are the
# non-2xx/3xx answers plus every socket error (connect, read, write, timeout)
wrk_summary() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "Latency" { mean = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { err += $NF }
    /Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { v = $i; sub(/,/, "", v); err += v } }
    END { printf "%.1f %.1f %d %.1f\n", rps, p99, err, mean }' "$1"
}
