#!/usr/bin/env bash
# Type errors in two programs rather than one per package: the server side once (every package
# but the web app, which has DOM and JSX settings of its own), then the web app.
set -euo pipefail
cd "$(dirname "$0")/.."
tsc --noEmit -p tsconfig.typecheck.json
tsc --noEmit -p apps/web
bash scripts/check-cycles.sh
