import { searchText } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { claimOf, ingestPensionTrio } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { everyQueuePage } from "@tekser/domain/test/queue-pages.ts";
import { listClaims, type QueueLimits } from "@tekser/domain/claims/claim-queue.ts";

/** Claims whose kept item count or sites differ from a fresh count over "Item" (none, if the triggers are right). */
async function driftedClaims(db: Db): Promise<unknown[]> {
  return db.$queryRaw(Prisma.sql`
    SELECT c."id", c."itemCount", c."sites", coalesce(fresh.n, 0) AS "fresh", fresh.sites AS "freshSites"
    FROM "Claim" c
    LEFT JOIN (SELECT "claimId", count(*)::int AS n, array_agg(DISTINCT "site" ORDER BY "site") AS sites
               FROM "Item" WHERE "claimId" IS NOT NULL GROUP BY "claimId") fresh ON fresh."claimId" = c."id"
    WHERE c."itemCount" <> coalesce(fresh.n, 0) OR c."sites" <> coalesce(fresh.sites, ARRAY[]::text[])`);
}

async function kept(db: Db, claimId: string) {
  return db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { itemCount: true, sites: true } });
}

describe("[CLAIMS][QUEUE] kept appearance counts and exact filters", () => {
  const database = useTestDatabase();

  it("keeps item counts, sites and words right through join, merge, split and delete", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const { originalId, copyId, otherId } = await ingestPensionTrio(db);
    const pension = (await claimOf(db, originalId))!;
    const other = (await claimOf(db, otherId))!;
    expect(await claimOf(db, copyId)).toBe(pension);
    expect(await kept(db, pension)).toEqual({ itemCount: 2, sites: ["aikyn.kz", "t.me/janalyqtar"] });
    expect(await kept(db, other)).toEqual({ itemCount: 1, sites: ["t.me/zeinet"] });
    const row = (await reviewer.caller.claim.list({ filters: { site: "T.ME/JANALYQTAR" } })).rows;
    expect(row.map(({ id, itemCount, sites }) => ({ id, itemCount, sites }))).toEqual([
      { id: pension, itemCount: 2, sites: ["aikyn.kz", "t.me/janalyqtar"] },
    ]);

    // "қарастырылғанын" is only in the other claim's item text: after the merge the pension claim has it too.
    const byWord = async () =>
      (await reviewer.caller.claim.list({ filters: { text: "қарастырылғанын" } })).rows.map((claim) => claim.id);
    expect(await byWord()).toEqual([other]);
    await reviewer.caller.claim.merge({ sourceId: other, targetId: pension, reason: "Both are about pensions" });
    expect(await kept(db, pension)).toEqual({ itemCount: 3, sites: ["aikyn.kz", "t.me/janalyqtar", "t.me/zeinet"] });
    expect(await kept(db, other)).toEqual({ itemCount: 0, sites: [] });
    expect(await byWord()).toEqual([pension]);

    const { claimId: split } = await reviewer.caller.claim.split({
      itemId: otherId,
      reason: "Different claim after all",
    });
    expect(await kept(db, pension)).toEqual({ itemCount: 2, sites: ["aikyn.kz", "t.me/janalyqtar"] });
    expect(await kept(db, split)).toEqual({ itemCount: 1, sites: ["t.me/zeinet"] });
    expect(await byWord()).toEqual([split]);

    const sorted = await reviewer.caller.claim.list({ sort: [{ id: "itemCount", desc: true }] });
    expect(sorted.rows.map((claim) => [claim.id, claim.itemCount])).toEqual([
      [pension, 2],
      [split, 1],
      [other, 0],
    ]);

    // A site changed in place, and a delete, are counted again from the items.
    await db.item.update({ where: { id: copyId }, data: { site: "t.me/renamed" } });
    expect(await kept(db, pension)).toEqual({ itemCount: 2, sites: ["aikyn.kz", "t.me/renamed"] });
    await db.item.delete({ where: { id: otherId } });
    expect(await kept(db, split)).toEqual({ itemCount: 0, sites: [] });
    expect(await byWord()).toEqual([]);
    expect(await driftedClaims(db)).toEqual([]);
  });

  it("lists every claim matching words and other filters together, whatever the count cap", async () => {
    const { db } = database;
    // 30 claims: every third has the word only in an item (not the title), statuses alternate.
    const claims = Array.from({ length: 30 }, (_, index) => ({
      id: crypto.randomUUID(),
      title: index % 6 === 0 ? `Сайлау нәтижесі ${index}` : `Жаңалық ${index}`,
      lang: "kk",
      status: index % 2 === 0 ? ("new" as const) : ("in_review" as const),
      firstSeenAt: new Date(Date.UTC(2026, 2, 1 + index)),
    }));
    await db.claim.createMany({ data: claims });
    const texts = claims.map((_, index) =>
      index % 3 === 0 ? `Сайлауға дайындық туралы хабар ${index}` : `Ауа райы туралы хабар ${index}`,
    );
    await db.item.createMany({
      data: claims.map((claim, index) => ({
        kind: "post" as const,
        site: index % 4 === 0 ? "aikyn.kz" : "qazaq24.com",
        text: texts[index] ?? "",
        searchText: searchText(texts[index] ?? ""),
        lang: "kk",
        contentHash: `queue-cap-${claim.id}`,
        claimId: claim.id,
      })),
    });
    const matching = (filter: (index: number) => boolean) =>
      claims.flatMap((claim, index) => (filter(index) ? [claim.id] : [])).reverse(); // newest first

    const cases: { input: TClaimListInput; expected: string[] }[] = [
      { input: { filters: { text: "сайлау" } }, expected: matching((index) => index % 3 === 0) },
      {
        input: { filters: { text: "сайлау", status: ["new"] } },
        expected: matching((index) => index % 3 === 0 && index % 2 === 0),
      },
      {
        input: { filters: { text: "сайлау", site: "aikyn.kz" } },
        expected: matching((index) => index % 3 === 0 && index % 4 === 0),
      },
      { input: { filters: { text: "нәтижесі" } }, expected: matching((index) => index % 6 === 0) },
    ];
    // A tiny cap, both ways of finding the page (collect-and-sort, or read the sort index), and
    // both ways of reading text with other filters (from the text indexes, or from the filters).
    const limits: QueueLimits[] = [
      { countCap: 3, fewMatches: 1000 },
      { countCap: 3, fewMatches: 0 },
      { countCap: 1000, fewMatches: 0 },
      ...(["words", "filters"] as const).flatMap((textPlan) => [
        { countCap: 3, fewMatches: 1000, textPlan },
        { countCap: 1000, fewMatches: 1000, textPlan },
      ]),
    ];
    for (const { input, expected } of cases) {
      expect(expected.length).toBeGreaterThan(1);
      for (const limit of limits) {
        expect(await everyQueuePage(db, input, limit, 4)).toEqual(expected);
        const { rowCount, rowCountCapped } = await listClaims(db, input, null, limit);
        expect({ rowCount, rowCountCapped }).toEqual(
          expected.length > limit.countCap
            ? { rowCount: limit.countCap, rowCountCapped: true }
            : { rowCount: expected.length, rowCountCapped: false },
        );
      }
    }
    expect(await driftedClaims(db)).toEqual([]);
  });
});
