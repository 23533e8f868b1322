import { Prisma } from "@tekser/db";
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import { SAME_IMAGE_MAX_DISTANCE } from "../src/media/perceptual-hash.ts";
import { sameImageAs, sameImageCandidates } from "../src/media/same-image.ts";
import { randomHashes } from "../test/random-hashes.ts";

const QUERIES = 200;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/**
 * Same-image lookup time over `images` stored hashes: the band-index query that ships
 * (same-image.ts) against measuring the distance to every image, for the same query hashes (half
 * of them with a planted copy). Hashes are uniformly random; real dHashes cluster (white
 * screenshots share many bits), which gives the band query more candidates to confirm.
 */
export async function sameImageLookupFigures(images: number): Promise<string> {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  try {
    const { db } = database;
    const next = randomHashes(0x2545f4914f6cdd1dn);
    const queries = Array.from({ length: QUERIES }, () => next());
    const stored = Array.from({ length: images }, () => next());
    // Half the queries have a copy stored 8 bits away, so lookups also return rows.
    for (const [index, query] of queries.entries()) if (index % 2 === 0) stored[index] = query ^ 0xffn;
    for (let start = 0; start < stored.length; start += 20_000) {
      await db.$executeRaw(Prisma.sql`
        INSERT INTO "MediaImage" ("sha256", "contentType", "width", "height", "byteSize", "bytes", "thumbnail", "dHash")
        SELECT 'bench-' || (${start}::int + n), 'image/jpeg', 1, 1, 1, '\\x00'::bytea, '\\x00'::bytea, hash
        FROM unnest(${stored.slice(start, start + 20_000).map(String)}::bigint[]) WITH ORDINALITY AS rows(hash, n)`);
    }
    await db.$executeRaw`VACUUM ANALYZE "MediaImage"`;
    const time = async (condition: (hash: bigint) => Prisma.Sql) => {
      const timings: number[] = [];
      let found = 0;
      for (const query of queries) {
        const began = performance.now();
        const rows = await db.$queryRaw<{ sha256: string }[]>(
          Prisma.sql`SELECT img."sha256" FROM "MediaImage" img WHERE ${condition(query)}`,
        );
        timings.push(performance.now() - began);
        found += rows.length;
      }
      return { sorted: timings.sort((a, b) => a - b), found };
    };
    const fullScan = (hash: bigint) =>
      Prisma.sql`bit_count((img."dHash" # ${hash}::bigint)::bit(64)) <= ${SAME_IMAGE_MAX_DISTANCE}`;
    await time((hash) => sameImageAs("img", hash)); // warm-up: cache and plans
    const bands = await time((hash) => sameImageAs("img", hash));
    const scan = await time(fullScan);
    if (bands.found !== scan.found)
      throw new Error(`the band query found ${bands.found} images, the full scan ${scan.found}`);
    let candidates = 0;
    for (const query of queries) {
      const [counted] = await db.$queryRaw<{ rows: number }[]>(
        Prisma.sql`SELECT count(*)::int AS rows FROM "MediaImage" img WHERE ${sameImageCandidates("img", query)}`,
      );
      candidates += counted?.rows ?? 0;
    }
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    return [
      `Same-image lookup, ${images.toLocaleString("en")} stored images (uniform random dHashes), ${QUERIES} queries, ${bands.found} matches found by both:`,
      `  band indexes  p50 ${ms(percentile(bands.sorted, 0.5))}  p95 ${ms(percentile(bands.sorted, 0.95))}`,
      `  full scan     p50 ${ms(percentile(scan.sorted, 0.5))}  p95 ${ms(percentile(scan.sorted, 0.95))}`,
      `  the band probes offer ${(candidates / QUERIES).toFixed(0)} candidates per query on average (${((candidates / QUERIES / images) * 100).toFixed(2)} % of the images), each then confirmed by distance`,
    ].join("\n");
  } finally {
    await database.drop();
    await server.stop();
  }
}
