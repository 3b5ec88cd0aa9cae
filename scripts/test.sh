#!/usr/bin/env bash
# Runs every test layer: core unit tests, data tests on real H2, Arquillian on Payara Micro and
# browser tests in headless Chromium; then the database suites again on PostgreSQL (data tests and the
# API and sign-in integration tests), on a throwaway local cluster that this script starts and stops.
# Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/postgresql.sh

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
trap stop_throwaway_postgresql EXIT
# A throwaway cluster: no fsync, so the tests do not wait for the disk (never do this with real data)
start_throwaway_postgresql -c fsync=off -c synchronous_commit=off -c full_page_writes=off

pg_options=(-Dportal.test.db=postgresql "-Dportal.test.pg.url=jdbc:postgresql://127.0.0.1:$pg_port/"
  -Dportal.test.pg.user=portal -Dportal.test.pg.password=portal "-Dportal.test.pg.control=$pg_dir/control.sh")
mvn -B verify "${pg_options[@]}"
# kill -9 on PostgreSQL, the database taken away and given back, and the two-instance cluster behind nginx,
# in a run of their own (portal-web/pom.xml)
mvn -B verify "${pg_options[@]}" -Dit.test=SuddenDeathIT,DatabaseOutageIT,ClusterFailoverIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false

# the whole run's server log: no serialization warning, no session id, no stack trace
bash scripts/check-server-log.sh
