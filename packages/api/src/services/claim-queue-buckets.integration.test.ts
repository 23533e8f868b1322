import { searchText } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/harness.ts";
import { everyQueuePage } from "../../test/queue-pages.ts";
import { listClaims } from "./claim-queue.ts";

/** A v4-shaped uuid whose last byte is `lastByte`: that byte picks the claim's text index bucket. */
function idEndingIn(lastByte: number): string {
  return `${crypto.randomUUID().slice(0, 34)}${lastByte.toString(16).padStart(2, "0")}`;
}

describe("[CLAIMS][QUEUE] text filter over the bucketed text indexes", () => {
  const database = useTestDatabase();

  it("finds word and title matches in every bucket of the claim id, counted and paged the same", async () => {
    const { db } = database;
    // Two claims per bucket (last byte 0–15, bucket = its low three bits), newest first by index.
    const claims = Array.from({ length: 16 }, (_, index) => ({
      id: idEndingIn(index),
      title: index % 2 === 0 ? `Су тасқыны ${index}` : `Жаңалық ${index}`,
      lang: "kk",
      firstSeenAt: new Date(Date.UTC(2026, 4, 1 + index)),
    }));
    await db.claim.createMany({ data: [...claims, { id: idEndingIn(200), title: "Басқа тақырып", lang: "kk", firstSeenAt: new Date(Date.UTC(2026, 0, 1)) }] });
    await db.item.createMany({
      data: claims.map((claim, index) => {
        const text = index % 2 === 1 ? `Өзен тасқыны туралы хабар ${index}` : `Ауа райы ${index}`;
        return { kind: "post" as const, site: "aikyn.kz", text, searchText: searchText(text), lang: "kk", contentHash: `bucket-${claim.id}`, claimId: claim.id };
      }),
    });
    const newestFirst = claims.map((claim) => claim.id).reverse();
    // "тасқын" is in the title of the even claims and only in the item text of the odd ones.
    for (const limits of [
      { countCap: 1000, fewMatches: 1001 },
      { countCap: 1000, fewMatches: 0 },
      { countCap: 3, fewMatches: 1001 },
    ]) {
      expect(await everyQueuePage(db, { filters: { text: "тасқын" } }, limits, 5)).toEqual(newestFirst);
      const { rowCount, rowCountCapped } = await listClaims(db, { filters: { text: "тасқын" } }, null, limits);
      expect({ rowCount, rowCountCapped }).toEqual(limits.countCap < 16 ? { rowCount: 3, rowCountCapped: true } : { rowCount: 16, rowCountCapped: false });
    }
    // With another filter, and with text that has no words (title only).
    const buckets = await db.$queryRaw<{ bucket: number }[]>`
      SELECT DISTINCT get_byte(uuid_send("id"), 15) & 7 AS bucket FROM "Claim" WHERE "title" LIKE 'Су%' ORDER BY 1`;
    expect(buckets.map((row) => row.bucket)).toEqual([0, 2, 4, 6]);
    const odd = newestFirst.filter((_, index) => index % 2 === 0);
    for (const textPlan of ["words", "filters"] as const) {
      expect(await everyQueuePage(db, { filters: { text: "өзен", lang: ["kk"] } }, { countCap: 1000, fewMatches: 1001, textPlan }, 5)).toEqual(odd);
    }
    expect((await listClaims(db, { filters: { text: "!!" } })).rows).toEqual([]);
  });
});
