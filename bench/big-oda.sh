#!/usr/bin/env bash
# ODA catalog at scale: filter, sort and page time on /api/v1/oda (the same catalog queries as /oda.xhtml)
# with the article's 45 rows, then with 1,000,000 synthetic ODA-like rows added to the same database
# (donors x recipients x years x flow x synthetic datasets), on H2 and on PostgreSQL, in the same run.
# Prints Markdown tables.
#   bash bench/big-oda.sh           BIG_ODA_DB=h2|postgresql|both (default both)  BIG_ODA_ROWS=1000000  BIG_ODA_REPEAT=5
# PostgreSQL: a throwaway cluster of the Debian package (apt-get install postgresql), with its default (durable)
# settings, started and deleted by this script. Builds the WAR when missing; stops everything it starts, by pid.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${BIG_ODA_ROWS:-1000000}"
repeat="${BIG_ODA_REPEAT:-5}"
databases="${BIG_ODA_DB:-both}"
[ "$databases" = both ] && databases="h2 postgresql"
port=18575
h2=~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
. bench/lib.sh
. scripts/postgresql.sh
on_exit+=(stop_throwaway_postgresql)
[ -f "$h2" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.3.232

# what is timed: the catalog's list operations, each a constant number of SQL statements per page;
# LAST stands for the offset of the last page of 20, whatever the row count
queries=(
  "page 1 (default order)|/api/v1/oda?limit=20"
  "filter country + years|/api/v1/oda?country=KAZ&yearFrom=2012&yearTo=2015&limit=20"
  "sort year, -amount|/api/v1/oda?sort=year,-amountUsdMillions&limit=20"
  "page at offset 40|/api/v1/oda?offset=40&limit=20"
  "last page|/api/v1/oda?offset=LAST&limit=20"
  "count only|/api/v1/oda?limit=0"
)
median_ms() { # path -> median wall time in ms of $repeat GETs, after one warm-up GET
  local t=() i
  curl -fsS -o /dev/null "http://localhost:$port$1"
  for i in $(seq 1 "$repeat"); do
    t+=("$(curl -fsS -o /dev/null -w '%{time_total}' "http://localhost:$port$1")")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }'
}
total() { curl -fsS -D - -o /dev/null "http://localhost:$port/api/v1/oda?limit=0" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }'; }
# measure: starts the portal on the configured database, times every query into the array named $1, stops it
measure() {
  local -n times=$1
  local count q
  start_portal $port "$work/data"
  count="$(total)"
  times=("$count")
  for q in "${queries[@]}"; do
    q="${q#*|}"
    times+=("$(median_ms "${q/LAST/$(( count > 20 ? count - 20 : 0 ))}")")
  done
  stop "$portal_pid"
}

# the generator, set-based SQL run inside the database (no client round trips): row k takes the ordered pair of
# published countries k mod P, the year 1960 + (k / P) mod 65, the synthetic dataset k / (P * 65), the model's one
# flow, and a deterministic amount between -200.00 and 1,800.00; ids from 10,000,000, far above the sequence
generate_h2() {
  cat > "$work/generate-h2.sql" <<SQL
create local temporary table pair (n bigint primary key, donor_id bigint not null, recipient_id bigint not null);
insert into pair
  select row_number() over (order by d.id, r.id) - 1, d.id, r.id
  from country d join record dr on dr.id = d.id, country r join record rr on rr.id = r.id
  where d.id <> r.id and dr.status = 'PUBLISHED' and rr.status = 'PUBLISHED'
    and dr.deleted_at is null and rr.deleted_at is null;
set @p = (select count(*) from pair);
insert into record (id, record_type, version, status, created_at, modified_at)
  select 10000000 + x, 'ODA', 0, 'PUBLISHED', current_timestamp, current_timestamp from system_range(0, $rows - 1);
insert into oda_figure (id, donor_id, recipient_id, aid_year, amount_usd_millions, flow, dataset)
  select 10000000 + x, p.donor_id, p.recipient_id,
         1960 + mod(x / @p, 65),
         cast(mod(x * 7919, 200000) - 20000 as numeric(12, 2)) / 100,
         'NET_DISBURSEMENTS', 'SYNTHETIC ' || (x / (@p * 65))
  from system_range(0, $rows - 1)
  join pair p on p.n = mod(x, @p);
analyze;
SQL
  java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/data/portal" -user portal -password portal \
    -script "$work/generate-h2.sql"
}
generate_postgresql() {
  cat > "$work/generate-pg.sql" <<SQL
create temporary table pair as
  select row_number() over (order by d.id, r.id) - 1 as n, d.id as donor_id, r.id as recipient_id
  from country d join record dr on dr.id = d.id cross join country r join record rr on rr.id = r.id
  where d.id <> r.id and dr.status = 'PUBLISHED' and rr.status = 'PUBLISHED'
    and dr.deleted_at is null and rr.deleted_at is null;
select count(*) as p from pair \gset
insert into record (id, record_type, version, status, created_at, modified_at)
  select 10000000 + x, 'ODA', 0, 'PUBLISHED', current_timestamp, current_timestamp
  from generate_series(0::bigint, $rows - 1) x;
insert into oda_figure (id, donor_id, recipient_id, aid_year, amount_usd_millions, flow, dataset)
  select 10000000 + x, p.donor_id, p.recipient_id,
         1960 + (x / :p) % 65,
         cast((x * 7919) % 200000 - 20000 as numeric(12, 2)) / 100,
         'NET_DISBURSEMENTS', 'SYNTHETIC ' || (x / (:p * 65))
  from generate_series(0::bigint, $rows - 1) x
  join pair p on p.n = x % :p;
analyze;
SQL
  chmod a+r "$work/generate-pg.sql" && chmod a+x "$work"
  pg_psql -d portal_bench -f "$work/generate-pg.sql"
}
database_size() {
  case "$1" in
    h2) echo "$(du -m "$work/data/portal.mv.db" | cut -f1) MiB (the file)" ;;
    postgresql) pg_psql -d postgres -At -c "select pg_database_size('portal_bench') / 1048576 || ' MiB (pg_database_size)'" ;;
  esac
}

echo "Machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //'); median of $repeat GETs after one warm-up"
for db in $databases; do
  rm -rf "$work/data"
  if [ "$db" = postgresql ]; then
    start_throwaway_postgresql
    pg_psql -d postgres -c "create database portal_bench owner portal encoding 'UTF8' template template0"
    export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/portal_bench" PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
  else
    # the Run command's URL, without H2's reuse of the last result of an identical query (on by default): each
    # timed GET then costs what a new question costs; PostgreSQL keeps no results either
    export PORTAL_DB_URL="jdbc:h2:file:$work/data/portal;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=0"
    unset PORTAL_DB_USER PORTAL_DB_PASSWORD
  fi
  measure small
  load_start=$(date +%s)
  "generate_$db"
  load_s=$(( $(date +%s) - load_start ))
  measure big
  size="$(database_size "$db")"
  [ "$db" = postgresql ] && stop_throwaway_postgresql

  echo
  echo "### $db"
  echo
  echo "Generated $rows rows in ${load_s} s; X-Total-Count ${small[0]} before, ${big[0]} after; database $size"
  echo
  echo "| operation | request | ${small[0]} rows (ms) | ${big[0]} rows (ms) | ratio |"
  echo "|---|---|---:|---:|---:|"
  for i in "${!queries[@]}"; do
    echo "| ${queries[$i]%%|*} | \`${queries[$i]#*|}\` | ${small[$((i + 1))]} | ${big[$((i + 1))]} | $(awk -v a="${big[$((i + 1))]}" -v b="${small[$((i + 1))]}" 'BEGIN { printf "%.1f", a / b }')× |"
  done
done
echo
echo "Load after: $(uptime | sed 's/.*load average: //')"
