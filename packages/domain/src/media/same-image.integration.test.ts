import { Prisma } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { hashDistance, SAME_IMAGE_MAX_DISTANCE } from "./perceptual-hash.ts";
import { sameImageAs } from "./same-image.ts";
import { randomHashes } from "../../test/random-hashes.ts";

const database = useTestDatabase();

/** `hash` with `count` distinct bits flipped, chosen by `next`. */
function flipped(hash: bigint, count: number, next: () => bigint): bigint {
  const bits = new Set<number>();
  while (bits.size < count) bits.add(Number(BigInt.asUintN(64, next()) % 64n));
  return BigInt.asIntN(
    64,
    [...bits].reduce((value, bit) => value ^ (1n << BigInt(bit)), hash),
  );
}

const RANDOM_IMAGES = 5000;
const QUERIES = 40;
const next = randomHashes(0x9e3779b97f4a7c15n);
const stored: bigint[] = Array.from({ length: RANDOM_IMAGES }, () => next());
// Each query picture has copies planted at every distance from 0 to 2 bits past the threshold.
const queries: bigint[] = Array.from({ length: QUERIES }, () => next());
for (const query of queries)
  for (let distance = 0; distance <= SAME_IMAGE_MAX_DISTANCE + 2; distance++)
    stored.push(flipped(query, distance, next));

async function bandMatches(hash: bigint): Promise<string[]> {
  const rows = await database.db.$queryRaw<{ sha256: string }[]>(
    Prisma.sql`SELECT img."sha256" FROM "MediaImage" img WHERE ${sameImageAs("img", hash)} ORDER BY img."sha256"`,
  );
  return rows.map((row) => row.sha256);
}

async function fullScanMatches(hash: bigint): Promise<string[]> {
  const rows = await database.db.$queryRaw<{ sha256: string }[]>(Prisma.sql`
    SELECT "sha256" FROM "MediaImage" WHERE bit_count(("dHash" # ${hash}::bigint)::bit(64)) <= ${SAME_IMAGE_MAX_DISTANCE} ORDER BY "sha256"`);
  return rows.map((row) => row.sha256);
}

const nameOf = (index: number) => `image-${String(index).padStart(6, "0")}`;

beforeAll(async () => {
  await database.db.$executeRaw(Prisma.sql`
    INSERT INTO "MediaImage" ("sha256", "contentType", "width", "height", "byteSize", "bytes", "thumbnail", "dHash")
    SELECT 'image-' || lpad((n - 1)::text, 6, '0'), 'image/png', 1, 1, 1, '\\x00'::bytea, '\\x00'::bytea, hash
    FROM unnest(${stored.map(String)}::bigint[]) WITH ORDINALITY AS planted(hash, n)`);
  await database.db.$executeRaw`ANALYZE "MediaImage"`;
});

describe("[MEDIA] same-image search through the dHash bands", () => {
  it("finds exactly what a scan of every image finds, planted copies up to the threshold included and past it left out", async () => {
    for (const [index, query] of queries.entries()) {
      const found = await bandMatches(query);
      expect(found).toEqual(await fullScanMatches(query));
      const expected = stored.flatMap((hash, position) =>
        hashDistance(hash, query) <= SAME_IMAGE_MAX_DISTANCE ? [nameOf(position)] : [],
      );
      expect(found).toEqual(expected);
      const firstPlanted = RANDOM_IMAGES + index * (SAME_IMAGE_MAX_DISTANCE + 3);
      const planted = Array.from({ length: SAME_IMAGE_MAX_DISTANCE + 1 }, (_, distance) =>
        nameOf(firstPlanted + distance),
      );
      expect(found).toEqual(expect.arrayContaining(planted));
      expect(found).not.toContain(nameOf(firstPlanted + SAME_IMAGE_MAX_DISTANCE + 1));
    }
  });

  it("agrees with a full scan for a stored random image, which has no copies", async () => {
    for (const hash of stored.slice(0, 20)) expect(await bandMatches(hash)).toEqual(await fullScanMatches(hash));
  });

  it("reads the band indexes rather than every image", async () => {
    const [query] = queries;
    // At this table's size a scan of every row costs about as much, and a server's planner may
    // choose it (Debian's did). With such scans priced out, the plan shows that the query's band
    // conditions reach the indexes: conditions no index matches would still scan every row.
    const plan = await database.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT img."sha256" FROM "MediaImage" img WHERE ${sameImageAs("img", query ?? 0n)}`,
      );
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    for (const band of [0, 1, 2, 3]) expect(text).toContain(`Bitmap Index Scan on "MediaImage_dHash_band${band}_idx"`);
    expect(text).not.toContain("Seq Scan");
  });
});
