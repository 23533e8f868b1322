/**
 * pnpm bench:media — OCR character accuracy on kk and ru screenshots rendered from the evaluation
 * set's hand-written news stories, image-match precision and recall of the dHash rule on resized,
 * recompressed and cropped copies, and OCR time per image run one at a time (as the media worker
 * runs them). Uses the code that ships: recogniseText, differenceHash, SAME_IMAGE_MAX_DISTANCE.
 * First, the same-image lookup's time over BENCH_IMAGES stored hashes (default 100k) in a
 * throw-away embedded PostgreSQL, through the band indexes and by a full scan.
 * Photos 1–15 are the development part, 16–30 the held-out part: the threshold was set before
 * either was measured, and nothing is tuned on the held-out part.
 */
import { availableParallelism } from "node:os";
import { distance } from "fastest-levenshtein";
import sharp from "sharp";
import { KAZAKH_STORIES, RUSSIAN_STORIES } from "@tekser/claims/eval";
import { differenceHash, hashDistance, SAME_IMAGE_MAX_DISTANCE } from "../src/media/perceptual-hash.ts";
import { ocrAvailability, recogniseText } from "../src/media/tesseract.ts";
import { renderPhoto, renderScreenshot, repostedCopy } from "../test/media-images.ts";
import { sameImageLookupFigures } from "./same-image-lookup.ts";

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** 1 − edit distance / length of the truth: the share of characters read right. */
const characterAccuracy = (truth: string, read: string) =>
  Math.max(0, 1 - distance(normalise(truth), normalise(read)) / normalise(truth).length);

async function ocrFigures() {
  const ocr = await ocrAvailability();
  if (!ocr.available) throw new Error(`bench:media reads text in images: ${ocr.reason}`);
  const timings: number[] = [];
  const accuracy: Record<string, { sum: number; count: number; worst: number }> = {};
  for (const story of [...KAZAKH_STORIES, ...RUSSIAN_STORIES]) {
    const truth = `${story.title}\n${story.paragraphs[0] ?? ""}`;
    // Two shapes a screenshot arrives in: a crisp PNG, and a phone-width one re-sent as JPEG.
    const crisp = await renderScreenshot(truth, { width: 900, fontSize: 26 });
    const resent = await sharp(await renderScreenshot(truth, { width: 720, fontSize: 22 }))
      .jpeg({ quality: 70 })
      .toBuffer();
    for (const [shape, bytes] of [
      ["png", crisp],
      ["jpeg", resent],
    ] as const) {
      const started = performance.now();
      const read = await recogniseText(bytes);
      timings.push(performance.now() - started);
      const key = `${story.lang} ${shape}`;
      const score = characterAccuracy(truth, read);
      const entry = (accuracy[key] ??= { sum: 0, count: 0, worst: 1 });
      entry.sum += score;
      entry.count++;
      entry.worst = Math.min(entry.worst, score);
    }
  }
  return { timings, accuracy };
}

async function matchFigures(seeds: number[], screenshots: Buffer[]) {
  const originals: bigint[] = [];
  const copies: { of: number; kind: string; hash: bigint }[] = [];
  for (const [index, seed] of seeds.entries()) {
    const photo = await renderPhoto(seed);
    originals.push(await differenceHash(photo));
    const variants: [string, Buffer][] = [
      ["resized 50%", await repostedCopy(photo, { width: 400, quality: 85 })],
      ["recompressed q35", await repostedCopy(photo, { width: 800, quality: 35 })],
      ["cropped 3%", await repostedCopy(photo, { width: 752, quality: 80, cropPercent: 3 })],
      ["resized+cropped 5%", await repostedCopy(photo, { width: 320, quality: 50, cropPercent: 5 })],
    ];
    for (const [kind, bytes] of variants) copies.push({ of: index, kind, hash: await differenceHash(bytes) });
  }
  const others = await Promise.all(screenshots.map((bytes) => differenceHash(bytes)));
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  const missedByKind: Record<string, number> = {};
  for (const copy of copies) {
    for (const [index, original] of originals.entries()) {
      const same = hashDistance(copy.hash, original) <= SAME_IMAGE_MAX_DISTANCE;
      if (index === copy.of) {
        if (same) truePositives++;
        else {
          falseNegatives++;
          missedByKind[copy.kind] = (missedByKind[copy.kind] ?? 0) + 1;
        }
      } else if (same) falsePositives++;
    }
  }
  // Different pictures of one kind (text screenshots, all white with dark lines) must stay apart too.
  const all = [...originals, ...others];
  for (let a = 0; a < all.length; a++)
    for (let b = a + 1; b < all.length; b++)
      if (hashDistance(all[a] ?? 0n, all[b] ?? 0n) <= SAME_IMAGE_MAX_DISTANCE) falsePositives++;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return { pairs: copies.length, precision, recall, falsePositives, missedByKind };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

console.log(await sameImageLookupFigures(Number(process.env.BENCH_IMAGES ?? 100_000)));

const { timings, accuracy } = await ocrFigures();
console.log(
  `OCR character accuracy (Tesseract kaz+rus+eng, ${KAZAKH_STORIES.length} kk and ${RUSSIAN_STORIES.length} ru stories, title and first paragraph)`,
);
for (const [key, entry] of Object.entries(accuracy))
  console.log(
    `  ${key.padEnd(8)} mean ${percent(entry.sum / entry.count)}  worst ${percent(entry.worst)}  (${entry.count} images)`,
  );
const sorted = [...timings].sort((a, b) => a - b);
const total = timings.reduce((sum, ms) => sum + ms, 0);
console.log(
  `OCR time per image, one at a time on ${availableParallelism()} cores: median ${((sorted[Math.floor(sorted.length / 2)] ?? 0) / 1000).toFixed(2)} s, p95 ${((sorted[Math.floor(sorted.length * 0.95)] ?? 0) / 1000).toFixed(2)} s; ${((timings.length * 1000) / total).toFixed(2)} images/s`,
);

const screenshots = await Promise.all(
  [...KAZAKH_STORIES, ...RUSSIAN_STORIES].map((story) =>
    renderScreenshot(`${story.title}\n${story.paragraphs[0] ?? ""}`),
  ),
);
for (const [part, seeds] of [
  ["dev", Array.from({ length: 15 }, (_, i) => i + 1)],
  ["held-out", Array.from({ length: 15 }, (_, i) => i + 16)],
] as const) {
  const figures = await matchFigures(seeds, screenshots);
  console.log(
    `Same image (dHash ≤ ${SAME_IMAGE_MAX_DISTANCE} bits), ${part}: ${figures.pairs} copies of ${seeds.length} photos, ${screenshots.length} screenshots as other pictures — precision ${percent(figures.precision)}, recall ${percent(figures.recall)}, false matches ${figures.falsePositives}, missed ${JSON.stringify(figures.missedByKind)}`,
  );
}
