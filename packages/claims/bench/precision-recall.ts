/**
 * Precision and recall of the clustering decision on the labelled pairs in eval/pairs.json.
 * A pair counts as "clustered together" when the LSH index would make them candidates (a shared
 * band key) and the match rule accepts them: exactly what clustering at ingest does.
 */
import { readFileSync } from "node:fs";
import { fingerprintText, sameClaim } from "../src/index.ts";
import type { LabelledPair } from "../eval/build-pairs.ts";

export function evaluatePairs(pairs: readonly LabelledPair[]) {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  const mistakes: string[] = [];
  for (const pair of pairs) {
    const a = fingerprintText(pair.a);
    const b = fingerprintText(pair.b);
    const candidates = a.bands.some((key) => b.bands.includes(key));
    const predicted = candidates && sameClaim(a, b) !== null;
    if (predicted && pair.same) truePositive++;
    else if (predicted) {
      falsePositive++;
      mistakes.push(`false merge: ${pair.id}`);
    } else if (pair.same) {
      falseNegative++;
      mistakes.push(`missed: ${pair.id}`);
    }
  }
  const precision = truePositive / Math.max(1, truePositive + falsePositive);
  const recall = truePositive / Math.max(1, truePositive + falseNegative);
  return { precision, recall, truePositive, falsePositive, falseNegative, mistakes };
}

export function printPrecisionRecall(): void {
  const pairs = JSON.parse(readFileSync(new URL("../eval/pairs.json", import.meta.url), "utf8")) as LabelledPair[];
  const result = evaluatePairs(pairs);
  const same = pairs.filter((pair) => pair.same).length;
  console.log(`Labelled pairs: ${pairs.length} (${same} same claim, ${pairs.length - same} different)`);
  console.log(`Precision: ${result.precision.toFixed(3)}  (target ≥ 0.95)`);
  console.log(`Recall:    ${result.recall.toFixed(3)}  (target ≥ 0.90)`);
  console.log(`TP ${result.truePositive}  FP ${result.falsePositive}  FN ${result.falseNegative}`);
  for (const mistake of result.mistakes) console.log(`  ${mistake}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printPrecisionRecall();
