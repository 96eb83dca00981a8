#!/usr/bin/env bash
# Installs what the browser tests (tests/browser, pytest -m browser) need: Debian's
# chromium and fonts. Playwright's own browser download is never used (no network
# for it); the tests launch /usr/bin/chromium. Safe to re-run: does nothing when present.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "dejavu\|liberation"; then
  echo "chromium and fonts already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "run as root (CI does) or install chromium and fonts-dejavu-core yourself" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation >/dev/null
/usr/bin/chromium --version
