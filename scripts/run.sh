#!/usr/bin/env bash
# Starts the portal in the foreground on Payara Micro: http://localhost:${PORTAL_PORT:-8080}/
#   PORTAL_PORT       HTTP port (default 8080)
#   PORTAL_DATA_DIR   folder of the H2 database file (default ./data)
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD   another database instead (PostgreSQL in production)
#   PORTAL_ADMIN_PASSWORD   the first administrator's password, read on a database without accounts (README, "Accounts");
#                     left in the environment (MicroProfile Config reads it there), never on the command line
# Builds the WAR first when it is missing or older than the sources. Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORTAL_PORT:-8080}"
data_dir="${PORTAL_DATA_DIR:-./data}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
# WRITE_DELAY=0: a commit reaches the file before it returns, so kill -9 loses no acknowledged save
# (H2 buffers commits for up to 500 ms by default; docs/operations.md, "Sudden death")
db_url="${PORTAL_DB_URL:-jdbc:h2:file:$data_dir/portal;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"

war=portal-web/target/portal.war
micro=portal-web/target/payara-micro.jar
if [ ! -f "$war" ] || [ ! -f "$micro" ] \
   || [ -n "$(find pom.xml portal-core portal-data portal-web -path '*/target' -prune -o -newer "$war" -type f -print -quit)" ]; then
  echo "Building the portal (mvn package) ..."
  mvn -B -q -DskipTests package
fi

db_options=("-Dportal.db.url=$db_url")
[ -n "${PORTAL_DB_USER:-}" ] && db_options+=("-Dportal.db.user=$PORTAL_DB_USER")
[ -n "${PORTAL_DB_PASSWORD:-}" ] && db_options+=("-Dportal.db.password=$PORTAL_DB_PASSWORD")

# --nocluster: one instance needs no data grid (the cluster setup of docs/operations.md turns it on)
# --prebootcommandfile: no Server header (docs/security.md)
java ${PORTAL_JAVA_OPTS:--Xms256m -Xmx1g} "${db_options[@]}" \
  -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster --disablephonehome \
  --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.asadmin &
server=$!

# A background job of a script ignores Ctrl-C's SIGINT, so the script forwards it as SIGTERM.
# Signal first, talk after: the terminal (or a pipe) may already be gone.
stop() {
  trap - INT TERM HUP
  kill -TERM "$server" 2>/dev/null || true
  echo "Stopping the portal (pid $server) ..." 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  exit 0
}
trap stop INT TERM HUP

# Payara says "ready" even when the deployment failed, so readiness is the home page answering.
url="http://localhost:$port/"
for _ in $(seq 1 180); do
  if ! kill -0 "$server" 2>/dev/null; then
    wait "$server"; exit $?
  fi
  if curl -fsS -o /dev/null "$url" 2>/dev/null; then
    echo
    echo "Portal ready at $url  (database: ${db_url%%;*})"
    echo
    break
  fi
  sleep 1
done
wait "$server"
