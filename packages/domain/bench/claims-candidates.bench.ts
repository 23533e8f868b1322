/**
 * `tsx packages/domain/bench/claims-candidates.bench.ts`: the JavaScript half of finding each new
 * item's candidates, without the database, in ms per 1,000 new items: reading the stored
 * candidates' rows (`toCandidate`), offering them to the items they may match
 * (`storedCandidatesByItem`), the batch's own index (`BatchIndex`), and comparing every pair
 * offered (`compareWithCandidate`). Two cases of the ingest bench: copies of 1,000 stored items
 * (another format of the same texts), and 1,000 look-alikes of 1,000 stored look-alikes (texts
 * differing only in a number, `useTextMode("similar")`). BENCH_ROUNDS (default 15) timed rounds
 * follow 3 warm-up rounds; the median and the fastest are printed.
 */
import { performance } from "node:perf_hooks";
import { parseInput } from "@tekser/ingest";
import type { IngestInput } from "../src/ingest/ingest.ts";
import {
  BatchIndex,
  clusterKeys,
  compareWithCandidate,
  storedCandidatesByItem,
} from "../src/claims/claim-candidates.ts";
import { toCandidate, type DetailRow, type FoundRow } from "../src/claims/claim-candidate-lookup.ts";
import type { Candidate, ClusterKeys, StoredCandidate } from "../src/claims/claim-fingerprints.ts";
import { SharedKeyIndex } from "../src/claims/shared-key-index.ts";
import { analyseItemText } from "../src/claims/claim-text.ts";
import { candidateRow } from "../test/candidate-rows.ts";
import { rssFiles, useTextMode, xApiFiles } from "./generate-inputs.ts";

const ITEMS = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const fetchedAt = new Date("2026-03-14T12:00:00Z");

const keysOf = (inputs: IngestInput[]): ClusterKeys[] =>
  inputs
    .flatMap((input) => parseInput({ ...input, fetchedAt }).items)
    .map((item) => clusterKeys(item, analyseItemText(item).fingerprint));

interface Case {
  label: string;
  stored: (FoundRow & DetailRow)[];
  items: ClusterKeys[];
}

function makeCase(
  label: string,
  mode: "similar" | "distinct",
  stored: IngestInput[],
  items: () => IngestInput[],
): Case {
  useTextMode(mode);
  const storedKeys = keysOf(stored);
  const itemKeys = keysOf(items());
  useTextMode("distinct");
  // Which new items' keys find each stored item, as the database's lookup tells.
  const itemIndex = new SharedKeyIndex();
  itemKeys.forEach((keys, id) => itemIndex.add(keys, id));
  return {
    label,
    stored: storedKeys.map((keys, i) =>
      candidateRow(keys, { itemId: `stored-${i}`, claimId: `claim-${i}`, forItems: [...itemIndex.shared(keys).ids] }),
    ),
    items: itemKeys,
  };
}

/** One round of a case: each phase's milliseconds, and the pairs compared and matched (equal before and after a change). */
function round({ stored, items }: Case): { phases: number[]; pairs: number; matches: number } {
  const t0 = performance.now();
  const candidates: StoredCandidate[] = stored.map(toCandidate);
  const t1 = performance.now();
  const storedFor = storedCandidatesByItem(items, candidates);
  const t2 = performance.now();
  const batch = new BatchIndex();
  const offered: Candidate[][] = [];
  items.forEach((keys, index) => {
    offered.push([...(storedFor[index] ?? []), ...batch.candidates(keys)]);
    batch.add(keys, `item-${index}`, `claim-of-${index}`, true);
  });
  const t3 = performance.now();
  let pairs = 0;
  let matches = 0;
  items.forEach((keys, index) => {
    for (const candidate of offered[index] ?? []) {
      pairs++;
      if (compareWithCandidate(keys, candidate).match) matches++;
    }
  });
  const t4 = performance.now();
  return { phases: [t1 - t0, t2 - t1, t3 - t2, t4 - t3], pairs, matches };
}

const cases = [
  makeCase("copies of stored items", "distinct", rssFiles(ITEMS, "stored"), () => xApiFiles(ITEMS, "new")),
  makeCase("look-alikes (similar)", "similar", rssFiles(ITEMS, "stored"), () => rssFiles(ITEMS, "new", ITEMS)),
];
const phases = ["toCandidate", "storedCandidatesByItem", "BatchIndex", "compareWithCandidate"];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (const benchCase of cases) {
  const rounds: number[][] = [];
  let counts = { pairs: 0, matches: 0 };
  for (let r = 0; r < ROUNDS + 3; r++) {
    const { phases: times, ...result } = round(benchCase);
    if (r >= 3) rounds.push(times);
    counts = result;
  }
  console.log(
    `${benchCase.label}: ${benchCase.stored.length} stored, ${benchCase.items.length} new, ` +
      `${counts.pairs} pairs compared, ${counts.matches} matches (ms per ${ITEMS} items, median / fastest of ${ROUNDS})`,
  );
  phases.forEach((phase, p) => {
    const times = rounds.map((phaseTimes) => phaseTimes[p] ?? 0);
    console.log(`  ${phase.padEnd(24)} ${median(times).toFixed(1).padStart(8)} / ${Math.min(...times).toFixed(1)}`);
  });
}
