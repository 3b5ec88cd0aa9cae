# Sourced by scripts/test.sh and bench/big-oda.sh: a throwaway PostgreSQL cluster from the Debian package, in a
# temporary folder, on a free loopback port, with the role "portal" (password "portal", CREATEDB) that the portal
# and the tests use. As root the cluster belongs to the package's "postgres" user (PostgreSQL refuses root).
#   start_throwaway_postgresql [-c setting=value ...]   sets pg_dir, pg_port and pg_pid; writes $pg_dir/control.sh
#   stop_throwaway_postgresql                           stops it by process id and deletes the folder
#   pg_psql [psql arguments]                            psql as the superuser, stopping at the first error

postgresql_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_dir=""
pg_port=""
pg_pid=""
as_pg_owner=()

start_throwaway_postgresql() {
  local pg_bin candidate
  pg_bin="$(postgresql_bin)"
  [ -n "$pg_bin" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql" >&2; return 1; }
  pg_dir="$(mktemp -d /tmp/portal-pg.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$pg_dir"
    as_pg_owner=(runuser -u postgres --)
  fi
  # a free loopback port: nothing answers on it
  for _ in $(seq 1 50); do
    candidate=$((15432 + RANDOM % 2000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
  done
  [ -n "$pg_port" ] || { echo "No free port for PostgreSQL" >&2; return 1; }

  "${as_pg_owner[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
  local server_options="-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 $*"
  # "stop" or "start" the cluster: DatabaseOutageIT takes the database away from a running portal and gives it back
  cat >"$pg_dir/control.sh" <<CONTROL
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
  stop) ${as_pg_owner[*]} "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 60 stop >/dev/null ;;
  start) ${as_pg_owner[*]} "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start -o "$server_options" >/dev/null ;;
  *) echo "usage: control.sh stop|start" >&2; exit 2 ;;
esac
CONTROL
  bash "$pg_dir/control.sh" start
  pg_pid="$(head -n 1 "$pg_dir/data/postmaster.pid")"
  # the portal's role, as production would have it: a password over TCP, and CREATEDB for a database per test class
  pg_psql -d postgres -c "create role portal login createdb password 'portal'"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (pid $pg_pid)"
}

stop_throwaway_postgresql() {
  [ -n "$pg_dir" ] || return 0
  # the cluster's process now: DatabaseOutageIT stops and restarts it, under a new process id
  [ -f "$pg_dir/data/postmaster.pid" ] && pg_pid="$(head -n 1 "$pg_dir/data/postmaster.pid")"
  if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
    kill -INT "$pg_pid" 2>/dev/null || true   # "fast" shutdown: ends sessions, then stops
    for _ in $(seq 1 60); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pg_pid" 2>/dev/null || true
  fi
  rm -rf "$pg_dir"
  pg_dir=""
}

pg_psql() {
  "${as_pg_owner[@]}" psql -q -h "$pg_dir" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 "$@"
}
