#!/usr/bin/env bash
# What the portal's H2 durability setting (WRITE_DELAY=0, docs/operations.md "Sudden death") costs:
# single-row commits per second on a new H2 file, with H2's default and with the setting, in the same run.
#   bash bench/h2-commit-cost.sh [commits] [rounds]     (default 2000 commits, best of 3; prints a Markdown table)
# Uses the H2 jar of the Maven build (~/.m2, downloaded by any build of the portal).
set -euo pipefail
cd "$(dirname "$0")/.."
h2="$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar"
[ -f "$h2" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.3.232
java -cp "$h2" bench/H2CommitCost.java "${1:-2000}" "${2:-3}"
