#!/usr/bin/env bash
# Refreshes docs/screenshots/ (the README's tour): runs the browser tests (*BrowserIT, headless Chromium) with
# their screenshots pointed at docs/screenshots instead of portal-web/target/screenshots, where every other
# test run leaves them. Needs what scripts/test.sh installs for the browser tests: chromium, chromium-driver,
# fonts-noto-cjk (Chinese glyphs) and npm (axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "The browser tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}  (or run bash scripts/test.sh once as root)" >&2
  exit 1
fi

mvn -B verify -pl portal-web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*BrowserIT' \
  "-Dportal.screenshots=$PWD/docs/screenshots" "$@"
echo "Screenshots refreshed in docs/screenshots/ (git status shows which changed)."
