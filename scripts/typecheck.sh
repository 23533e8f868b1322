#!/usr/bin/env bash
# Type errors in three programs rather than one per package: the server side once (every package
# but the web app), the web app (DOM and JSX settings of its own), and the ingest package once more
# with the DOM types linkedom's declarations are written against: in the server-side program those
# types resolve to nothing, so the HTML parsers' mistakes would pass there unseen. ESLint's
# type-checked rules read the same three programs (eslint.config.js).
set -euo pipefail
cd "$(dirname "$0")/.."
tsc --noEmit -p tsconfig.typecheck.json
tsc --noEmit -p apps/web
tsc --noEmit -p packages/ingest
bash scripts/check-cycles.sh
