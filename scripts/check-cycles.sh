#!/usr/bin/env bash
# Fails on any import cycle between our source files (type-only imports count: a cycle of types
# is still a knot a reader has to untie). Imports across packages are not followed, and none can
# close a cycle: the packages' own dependencies form no cycle (pnpm and turbo refuse one).
set -euo pipefail
cd "$(dirname "$0")/.."
madge --circular --no-spinner --extensions ts,tsx --ts-config tsconfig.base.json --exclude 'generated/' \
  packages/*/src packages/*/test packages/*/bench apps/*/src apps/*/test prisma/seed e2e
