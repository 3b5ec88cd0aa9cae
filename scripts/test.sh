#!/usr/bin/env bash
# Runs every test layer: core unit tests, data tests on real H2, Arquillian on Payara Micro and
# browser tests in headless Chromium. Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# npm installs axe-core (pinned in portal-web/src/test/axe) for the browser tests' accessibility checks
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Chinese glyphs, so the screenshots in docs/ show text rather than boxes
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing test prerequisites: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    echo "The tests need these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

mvn -B clean verify
