import { searchText } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { everyQueuePage } from "@tekser/domain/test/queue-pages.ts";
import { listClaims } from "@tekser/domain/claims/claim-queue.ts";

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
    await db.claim.createMany({
      data: [
        ...claims,
        { id: idEndingIn(200), title: "Басқа тақырып", lang: "kk", firstSeenAt: new Date(Date.UTC(2026, 0, 1)) },
      ],
    });
    await db.item.createMany({
      data: claims.map((claim, index) => {
        const text = index % 2 === 1 ? `Өзен тасқыны туралы хабар ${index}` : `Ауа райы ${index}`;
        return {
          kind: "post" as const,
          site: "aikyn.kz",
          text,
          searchText: searchText(text),
          lang: "kk",
          contentHash: `bucket-${claim.id}`,
          claimId: claim.id,
        };
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
      expect({ rowCount, rowCountCapped }).toEqual(
        limits.countCap < 16 ? { rowCount: 3, rowCountCapped: true } : { rowCount: 16, rowCountCapped: false },
      );
    }
    // With another filter, and with text that has no words (title only).
    const buckets = await db.$queryRaw<{ bucket: number }[]>`
      SELECT DISTINCT get_byte(uuid_send("id"), 15) & 7 AS bucket FROM "Claim" WHERE "title" LIKE 'Су%' ORDER BY 1`;
    expect(buckets.map((row) => row.bucket)).toEqual([0, 2, 4, 6]);
    const odd = newestFirst.filter((_, index) => index % 2 === 0);
    for (const textPlan of ["words", "filters"] as const) {
      expect(
        await everyQueuePage(
          db,
          { filters: { text: "өзен", lang: ["kk"] } },
          { countCap: 1000, fewMatches: 1001, textPlan },
          5,
        ),
      ).toEqual(odd);
    }
    expect((await listClaims(db, { filters: { text: "!!" } })).rows).toEqual([]);
  });

  it("reads the text indexes of each language and verdict asked for, with the same rows as every other plan", async () => {
    const { db } = database;
    // Claims in Kazakh, Russian and English, with and without a verdict, each bucket twice:
    // "сайлау" in every item (Latin-script in the English ones), "paraqsha" in the titles of a fifth.
    const langs = ["kk", "ru", "en"] as const;
    const verdicts = [null, "fake", "verified", "misleading"] as const;
    const claims = Array.from({ length: 48 }, (_, index) => ({
      id: idEndingIn(index % 16),
      title: index % 5 === 0 ? `Жалған paraqsha ${index}` : `Хабар ${index}`,
      lang: langs[index % 3] ?? "kk",
      verdict: verdicts[Math.floor(index / 3) % 4] ?? null,
      firstSeenAt: new Date(Date.UTC(2026, 5, 1, index)),
    }));
    await db.claim.createMany({ data: claims });
    await db.item.createMany({
      data: claims.map((claim, index) => {
        const text = claim.lang === "en" ? `Saılau news ${index}` : `Сайлау жаңалығы ${index}`;
        return {
          kind: "post" as const,
          site: "aikyn.kz",
          text,
          searchText: searchText(text),
          lang: claim.lang,
          contentHash: `lang-${claim.id}`,
          claimId: claim.id,
        };
      }),
    });
    const newestFirst = (keep: (claim: (typeof claims)[number]) => boolean) =>
      claims
        .filter(keep)
        .map((claim) => claim.id)
        .reverse();
    const views: { filters: NonNullable<TClaimListInput["filters"]>; expected: string[] }[] = [
      { filters: { text: "сайлау" }, expected: newestFirst(() => true) },
      { filters: { text: "сайлау", lang: ["en"] }, expected: newestFirst((claim) => claim.lang === "en") },
      { filters: { text: "сайлау", lang: ["kk", "en"] }, expected: newestFirst((claim) => claim.lang !== "ru") },
      {
        filters: { text: "paraqsha", lang: ["ru"] },
        expected: newestFirst((claim) => claim.lang === "ru" && claim.title.includes("paraqsha")),
      },
      { filters: { text: "сайлау", verdict: ["fake"] }, expected: newestFirst((claim) => claim.verdict === "fake") },
      {
        filters: { text: "сайлау", verdict: ["fake", "verified"], lang: ["kk"] },
        expected: newestFirst(
          (claim) => claim.lang === "kk" && (claim.verdict === "fake" || claim.verdict === "verified"),
        ),
      },
      {
        filters: { text: "paraqsha", verdict: ["misleading"], lang: ["ru", "en"] },
        expected: newestFirst(
          (claim) => claim.lang !== "kk" && claim.verdict === "misleading" && claim.title.includes("paraqsha"),
        ),
      },
    ];
    for (const { filters, expected } of views) {
      expect(expected.length).toBeGreaterThan(0);
      for (const textPlan of ["words", "verdicts", "filters"] as const) {
        expect(
          await everyQueuePage(db, { filters }, { countCap: 1000, fewMatches: 1001, textPlan }, 4),
          `${JSON.stringify(filters)} by ${textPlan}`,
        ).toEqual(expected);
      }
      const { rowCount } = await listClaims(db, { filters });
      expect(rowCount).toBe(expected.length);
    }
    // A view in Kazakh reads the Kazakh indexes of each bucket.
    const [, plan] = await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"),
      db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT 1 FROM "Claim" c WHERE c."lang" = 'kk' AND (get_byte(uuid_send(c."id"), 15) & 7) = 3 AND c."searchVector" @@ to_tsquery('simple', 'sailau:*')`,
      ),
    ]);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Claim_words_kk_b3_idx");
  });
});
