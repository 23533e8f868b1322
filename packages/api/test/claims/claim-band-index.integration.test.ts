import { describe, expect, it } from "vitest";
import { BAND_INDEXED_MAX_SHINGLES } from "@tekser/claims";
import { useTestDatabase } from "../harness.ts";

describe("[CLAIMS][DB] the band key index", () => {
  const database = useTestDatabase();

  it("holds the texts a short text may resemble, and serves the lookup that names the same bound", async () => {
    const { db } = database;
    const [index] = await db.$queryRaw<{ definition: string }[]>`
      SELECT indexdef AS "definition" FROM pg_indexes WHERE indexname = 'ItemFingerprint_bands_idx'`;
    expect(index?.definition).toContain(`"shingleCount" <= ${BAND_INDEXED_MAX_SHINGLES}`);

    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT f."itemId" FROM "ItemFingerprint" f
         WHERE f."textIndexed" AND f."shingleCount" <= ${BAND_INDEXED_MAX_SHINGLES} AND f."bands" && ARRAY[1, 2]::bigint[]`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("ItemFingerprint_bands_idx");
  });
});
