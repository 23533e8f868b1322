#!/usr/bin/env bash
# The end-to-end suite in two runs, each starting its own server on a fresh database: first the
# specs that keep to data they make themselves, two browsers at a time; then the specs that change
# what every spec sees (team settings, the shared accounts, the database listener), one at a time
# (SHARED_STATE_SPECS in e2e/playwright.config.ts, decision 0030). The second runs even when the
# first fails, so one run reports both, and both runs' failures are listed again at the end.
# Arguments (a spec, --grep) go to both runs.
set -uo pipefail
cd "$(dirname "$0")/../e2e"
rm -f test-results/independent.json test-results/shared-state.json
independent=0
TEKSER_E2E_GROUP=independent playwright test --pass-with-no-tests "$@" || independent=$?
shared=0
TEKSER_E2E_GROUP=shared-state playwright test --pass-with-no-tests "$@" || shared=$?
tsx support/print-failures.ts test-results/independent.json test-results/shared-state.json
[ "$independent" = 0 ] && [ "$shared" = 0 ]
