#!/usr/bin/env bash
# Every test (`pnpm test`): type errors first, then the vitest projects (one PostgreSQL server,
# test files side by side), then the end-to-end suite. The two suites run one after the other:
# side by side on two cores, the browser suite, its server's background jobs (OCR included) and
# three vitest workers starved each other, and tests that start processes ran past their limits.
# The end-to-end suite runs even when vitest fails, so one run reports both.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/typecheck.sh

vitest_status=0
vitest run || vitest_status=$?
e2e_status=0
turbo run test --filter=@tekser/e2e || e2e_status=$?
[ "$vitest_status" = 0 ] || echo "FAIL: the vitest projects (see above)" >&2
[ "$e2e_status" = 0 ] || echo "FAIL: the end-to-end suite (see above)" >&2
[ "$vitest_status" = 0 ] && [ "$e2e_status" = 0 ]
