#!/usr/bin/env bash
# Runs every test layer: core unit tests, data tests on real H2, Arquillian on Payara Micro and
# browser tests in headless Chromium; then the database suites again on PostgreSQL (data tests and the
# API and sign-in integration tests), on a throwaway local cluster that this script starts and stops.
# Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

postgresql_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# npm installs axe-core (pinned in portal-web/src/test/axe) for the browser tests' accessibility checks
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Chinese glyphs, so the screenshots in docs/ show text rather than boxes
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
[ -n "$(postgresql_bin)" ] || missing+=(postgresql)
# the cluster test's entry point (ClusterFailoverIT starts its own nginx on a free port)
[ -x /usr/sbin/nginx ] || missing+=(nginx)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing test prerequisites: ${missing[*]}"
    apt-get update -q
    if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      # no system-wide cluster on port 5432 (postgresql-common's documented switch): the tests start their own
      mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
    fi
    # no service started by the packages (nginx on port 80): the tests start and stop what they use
    no_services=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && no_services=yes
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Options::=--force-confold "${missing[@]}"
    [ -z "$no_services" ] || rm -f /usr/sbin/policy-rc.d
  else
    echo "The tests need these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

mvn -B clean verify

# ---- the same database suites on PostgreSQL -------------------------------------------------------------
pg_bin="$(postgresql_bin)"
pg_dir="$(mktemp -d /tmp/portal-test-pg.XXXXXX)"
pg_pid=""
as_pg_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the package's "postgres" user
  chown postgres: "$pg_dir"
  as_pg_owner=(runuser -u postgres --)
fi

stop_postgresql() {
  # the cluster's process now: DatabaseOutageIT stops and restarts it, under a new process id
  [ -f "$pg_dir/data/postmaster.pid" ] && pg_pid="$(head -n 1 "$pg_dir/data/postmaster.pid")"
  if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
    kill -INT "$pg_pid" 2>/dev/null || true   # "fast" shutdown: ends sessions, then stops
    for _ in $(seq 1 60); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pg_pid" 2>/dev/null || true
  fi
  rm -rf "$pg_dir"
}
trap stop_postgresql EXIT

# a free loopback port: nothing answers on it
pg_port=""
for _ in $(seq 1 50); do
  candidate=$((15432 + RANDOM % 2000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
done
[ -n "$pg_port" ] || { echo "No free port for PostgreSQL" >&2; exit 1; }

"${as_pg_owner[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
# "stop" or "start" the cluster: DatabaseOutageIT takes the database away from a running portal and gives it back.
# A throwaway cluster: no fsync, so the tests do not wait for the disk (never do this with real data)
pg_server_options="-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
cat >"$pg_dir/control.sh" <<CONTROL
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
  stop) ${as_pg_owner[*]} "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 60 stop >/dev/null ;;
  start) ${as_pg_owner[*]} "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o "$pg_server_options" >/dev/null ;;
  *) echo "usage: control.sh stop|start" >&2; exit 2 ;;
esac
CONTROL
bash "$pg_dir/control.sh" start
pg_pid="$(head -n 1 "$pg_dir/data/postmaster.pid")"
# the tests' role, as production would have it: a password over TCP, and CREATEDB for a database per test class
"${as_pg_owner[@]}" psql -q -h "$pg_dir" -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "create role portal login createdb password 'portal'"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$pg_port (pid $pg_pid)"

pg_options=(-Dportal.test.db=postgresql "-Dportal.test.pg.url=jdbc:postgresql://127.0.0.1:$pg_port/"
  -Dportal.test.pg.user=portal -Dportal.test.pg.password=portal "-Dportal.test.pg.control=$pg_dir/control.sh")
mvn -B verify "${pg_options[@]}"
# kill -9 on PostgreSQL, the database taken away and given back, and the two-instance cluster behind nginx,
# in a run of their own (portal-web/pom.xml)
mvn -B verify "${pg_options[@]}" -Dit.test=SuddenDeathIT,DatabaseOutageIT,ClusterFailoverIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false
