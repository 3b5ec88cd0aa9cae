#!/usr/bin/env bash
# SQL statements per page render: every public page, and every table page at 10 and at 100 rows, read from the
# X-Portal-SQL-Statements header that the portal sends with portal.diagnostics.sql=true. Prints a Markdown table.
#   bash bench/sql-per-page.sh
# Needs the built WAR (mvn package); starts the portal on a fresh H2 file and stops it by process id, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18481
. bench/lib.sh
start_portal $port "$work/data" "-Xmx1g -Dportal.diagnostics.sql=true"

statements() { # path -> the count (the second request: caches of the first are warm, as for most readers)
  curl -fsS -o /dev/null "http://localhost:$port$1"
  curl -fsS -o /dev/null -D - "http://localhost:$port$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-portal-sql-statements" {print $2}'
}

echo "| Page | Statements | at rows=10 | at rows=100 |"
echo "|---|---|---|---|"
for page in /oda.xhtml /meetings.xhtml /visits.xhtml /agreements.xhtml /initiatives.xhtml /people.xhtml /countries.xhtml; do
  echo "| \`$page\` | $(statements "$page") | $(statements "$page?rows=10") | $(statements "$page?rows=100") |"
done
for page in / /timeline.xhtml /sources.xhtml "/source.xhtml?id=2004" "/citation.xhtml?id=2101" \
    "/country.xhtml?id=1000" "/person.xhtml?id=1100" "/initiative.xhtml?id=1200" "/meeting.xhtml?id=1300" \
    "/visit.xhtml?id=1400" "/agreement.xhtml?id=1500" "/oda-figure.xhtml?id=1600" "/exercise.xhtml?id=1700" \
    "/event.xhtml?id=1800" /api.xhtml "/api/v1/oda?limit=10" "/api/v1/oda?limit=100"; do
  echo "| \`$page\` | $(statements "$page") | | |"
done
