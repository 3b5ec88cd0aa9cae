#!/usr/bin/env bash
# ODA catalog at scale: filter, sort and page time on /api/v1/oda (the same catalog queries as /oda.xhtml)
# with the article's 45 rows, then with 1,000,000 synthetic ODA-like rows added to the same H2 database
# (donors x recipients x years x flow x synthetic datasets), in the same run. Prints Markdown tables.
#   bash bench/big-oda.sh                 BIG_ODA_ROWS=1000000 BIG_ODA_REPEAT=5 bash bench/big-oda.sh
# H2 only (PostgreSQL: not done yet). Builds the WAR when missing; stops everything it starts, by pid.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${BIG_ODA_ROWS:-1000000}"
repeat="${BIG_ODA_REPEAT:-5}"
port=18575
h2=~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
. bench/lib.sh
[ -f "$h2" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.3.232


# what is timed: the catalog's list operations, each a constant number of SQL statements per page
queries=(
  "page 1 (default order)|/api/v1/oda?limit=20"
  "filter country + years|/api/v1/oda?country=KAZ&yearFrom=2012&yearTo=2015&limit=20"
  "sort year, -amount|/api/v1/oda?sort=year,-amountUsdMillions&limit=20"
  "page at offset 40|/api/v1/oda?offset=40&limit=20"
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

echo "Machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //'); median of $repeat GETs after one warm-up"
start_portal $port "$work/data"
small=(); for q in "${queries[@]}"; do small+=("$(median_ms "${q#*|}")"); done
small_total="$(total)"
stop "$portal_pid"

# the generator: set-based SQL inside H2 (no client round trips), on the portal's own database file
cat > "$work/generate.sql" <<SQL
create local temporary table pair (n bigint primary key, donor_id bigint not null, recipient_id bigint not null);
insert into pair
  select row_number() over (order by d.id, r.id) - 1, d.id, r.id
  from country d join record dr on dr.id = d.id, country r join record rr on rr.id = r.id
  where d.id <> r.id and dr.status = 'PUBLISHED' and rr.status = 'PUBLISHED'
    and dr.deleted_at is null and rr.deleted_at is null;
set @p = (select count(*) from pair);
-- row k: pair k mod P, year 1960 + (k / P) mod 65, synthetic dataset k / (P * 65); one flow (the model has one)
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
load_start=$(date +%s)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/data/portal" -user portal -password portal \
  -script "$work/generate.sql"
load_s=$(( $(date +%s) - load_start ))
start_portal $port "$work/data"
big=(); for q in "${queries[@]}"; do big+=("$(median_ms "${q#*|}")"); done
big_total="$(total)"
stop "$portal_pid"

echo "Generated $rows rows in ${load_s} s; X-Total-Count $small_total before, $big_total after; database file $(du -m "$work/data/portal.mv.db" | cut -f1) MiB"
echo
echo "| operation | request | $small_total rows (ms) | $big_total rows (ms) | ratio |"
echo "|---|---|---:|---:|---:|"
for i in "${!queries[@]}"; do
  echo "| ${queries[$i]%%|*} | \`${queries[$i]#*|}\` | ${small[$i]} | ${big[$i]} | $(awk -v a="${big[$i]}" -v b="${small[$i]}" 'BEGIN { printf "%.1f", a / b }')× |"
done
echo
echo "Load after: $(uptime | sed 's/.*load average: //')"
