#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser here.
set -euo pipefail
CHROMIUM=${TEKSER_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at $CHROMIUM: install it (sudo apt-get install chromium) or set TEKSER_CHROMIUM." >&2
exit 1
