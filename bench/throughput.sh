#!/usr/bin/env bash
# Public table page throughput and p99 latency under wrk: the portal against
#   (a) nginx on loopback serving the byte-identical HTML saved from the portal (the limit), and
#   (b) /api.xhtml in the same server: a Facelets page on the same layout template that runs no SQL
#       (the framework floor; no benchmark-only page is shipped in the product).
# Also checks that an anonymous GET creates no HTTP session: 200 cookie-less GETs sent during the load, counting
# Set-Cookie: JSESSIONID.
#   bash bench/throughput.sh            (prints Markdown tables)
#   BENCH_CONNECTIONS=4 BENCH_DURATION=20 BENCH_WARMUP=5 BENCH_PAGES="/meetings.xhtml /oda.xhtml" bash bench/throughput.sh
# Needs wrk and nginx (apt-get install wrk nginx-light); builds the WAR when missing.
# Stops everything it starts, by process id, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${BENCH_CONNECTIONS:-4}"
duration="${BENCH_DURATION:-20}"
warmup="${BENCH_WARMUP:-5}"
pages="${BENCH_PAGES:-/meetings.xhtml /oda.xhtml}"
floor=/api.xhtml
port=18573
nginx_port=18574
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing: apt-get install wrk nginx-light curl" >&2; exit 1; }
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

. bench/lib.sh
chmod 755 "$work"  # nginx workers run as an unprivileged user when started by root

# --- the portal, on a fresh database in a temporary folder
start_portal $port "$work/data"

# --- nginx serving the saved HTML under the same paths, with the portal's content type
mkdir -p "$work/www" "$work/nginx" "$work/sessions"
for page in $pages $floor; do
  curl -fsS -o "$work/www$page" "http://localhost:$port$page"
done
content_type="$(curl -fsS -o /dev/null -w '%{content_type}' "http://localhost:$port${pages%% *}")"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 256; }
http {
  access_log off;
  types { }
  default_type "$content_type";
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=("$!")
wait_for "http://127.0.0.1:$nginx_port${pages%% *}" "$!" || { echo "nginx did not start" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
for page in $pages; do  # the limit must serve exactly what the portal serves
  cmp -s "$work/www$page" <(curl -fsS "http://127.0.0.1:$nginx_port$page") || { echo "nginx copy of $page differs" >&2; exit 1; }
done

run_wrk() { # url -> "requests/s p99_ms errors"
  wrk -t1 -c"$connections" -d"${warmup}s" "$1" > /dev/null
  wrk -t1 -c"$connections" -d"${duration}s" --latency "$1" > "$work/wrk.out"
  local rps p99 err
  read -r rps p99 err _ < <(wrk_summary "$work/wrk.out")
  printf "%.0f %s %s\n" "$rps" "$p99" "$err"
}
sessions_in_sample() { # url n -> number of Set-Cookie: JSESSIONID answers among n cookie-less GETs
  local urls=() i
  for i in $(seq 1 "$2"); do urls+=("$1"); done
  curl -sS -D - -o /dev/null "${urls[@]}" | grep -ci '^set-cookie: *JSESSIONID' || true
}

echo "Machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //'); wrk -t1 -c$connections, ${warmup} s warm-up, ${duration} s measured"
echo
echo "| page | server | requests/s | p99 (ms) | errors | bytes |"
echo "|---|---|---:|---:|---:|---:|"
# the session sample runs while wrk loads the same page, so it checks the server under load
sessions_in_sample "http://localhost:$port$floor" 200 > "$work/sessions$floor" &
read -r floor_rps floor_p99 floor_err < <(run_wrk "http://localhost:$port$floor")
wait "$!"
echo "| $floor (floor, 0 SQL) | portal | $floor_rps | $floor_p99 | $floor_err | $(stat -c %s "$work/www$floor") |"
summary=()
for page in $pages; do
  sessions_in_sample "http://localhost:$port$page" 200 > "$work/sessions$page" &
  read -r p_rps p_p99 p_err < <(run_wrk "http://localhost:$port$page")
  wait "$!"
  read -r n_rps n_p99 n_err < <(run_wrk "http://127.0.0.1:$nginx_port$page")
  bytes=$(stat -c %s "$work/www$page")
  echo "| $page | portal | $p_rps | $p_p99 | $p_err | $bytes |"
  echo "| $page | nginx, same bytes | $n_rps | $n_p99 | $n_err | $bytes |"
  summary+=("| $page | $(awk -v a="$p_rps" -v b="$n_rps" 'BEGIN { printf "%.2g", a / b }') | $(awk -v a="$p_rps" -v b="$floor_rps" 'BEGIN { printf "%.2f", a / b }') | $(awk -v a="$p_p99" -v b="$n_p99" 'BEGIN { printf "%.1f", a / b }') | $(awk -v a="$p_p99" -v b="$floor_p99" 'BEGIN { printf "%.2f", a / b }') |")
done
echo
echo "| page | requests/s portal/nginx | requests/s portal/floor | p99 portal/nginx | p99 portal/floor |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${summary[@]}"
echo
echo "| page | cookie-less GETs during the load | Set-Cookie: JSESSIONID |"
echo "|---|---:|---:|"
for page in $pages $floor; do
  echo "| $page | 200 | $(cat "$work/sessions$page") |"
done
echo
echo "Load after: $(uptime | sed 's/.*load average: //')"
