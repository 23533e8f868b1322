#!/usr/bin/env bash
# Every test (`pnpm test`), as fast as two cores allow: type errors first, then the vitest
# projects (one PostgreSQL server, test files side by side) and the end-to-end suite at the same
# time. The browser suite spends most of its time waiting on pages and the vitest files on the
# database, so neither keeps both cores busy alone.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/typecheck.sh

turbo run test --filter=@tekser/e2e &
e2e=$!
vitest_status=0
vitest run || vitest_status=$?
e2e_status=0
wait "$e2e" || e2e_status=$?
[ "$vitest_status" = 0 ] || echo "FAIL: the vitest projects (see above)" >&2
[ "$e2e_status" = 0 ] || echo "FAIL: the end-to-end suite (see above)" >&2
[ "$vitest_status" = 0 ] && [ "$e2e_status" = 0 ]
