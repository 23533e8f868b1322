import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { NEAR_MISS_PARAGRAPHS, PENSION_PARAGRAPHS, PENSION_TITLE } from "@tekser/domain/test/copy-documents.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { reclusterClaims } from "@tekser/domain/claims/claim-recluster.ts";

const ARTICLE = PENSION_PARAGRAPHS.join("\n");

/** What an older rule left behind, set by hand: an item moved to another claim, not pinned. */
async function placeAsAnOlderRuleDid(db: Db, itemId: string, claimId: string | null): Promise<string> {
  const target =
    claimId ??
    (
      await db.claim.create({
        data: { title: "Older rule's claim", lang: "kk", firstSeenAt: new Date("2026-03-14T09:30:00Z") },
      })
    ).id;
  await db.item.update({ where: { id: itemId }, data: { claimId: target } });
  return target;
}

describe("[CLAIMS][RECLUSTER] the current rule re-applied to stored items", () => {
  const database = useTestDatabase();

  it("moves what a better rule places elsewhere, keeps a reviewer's split, reports first on a dry run and audits what moved", async () => {
    const { db } = database;
    const [articleId, excerptId, nearMissId, copyId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: PENSION_TITLE,
        text: ARTICLE,
        publishedAt: "2026-03-14T06:00:00.000Z",
      }),
      parsedItem({
        site: "t.me",
        text: `Тағы бір фейк пе? 👇\n${PENSION_PARAGRAPHS[0]}`,
        publishedAt: "2026-03-14T09:30:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        text: NEAR_MISS_PARAGRAPHS.join("\n"),
        publishedAt: "2026-03-15T06:00:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        title: PENSION_TITLE,
        text: ARTICLE,
        archivedAt: "2026-03-15T09:00:00.000Z",
      }),
    );
    const claimId = (await claimOf(db, articleId!))!;
    const nearMissClaim = (await claimOf(db, nearMissId!))!;
    expect(await claimOf(db, excerptId!)).toBe(claimId);
    // An older rule kept the excerpt apart and merged the near miss in; a reviewer split the copy out.
    const olderExcerptClaim = await placeAsAnOlderRuleDid(db, excerptId!, null);
    await placeAsAnOlderRuleDid(db, nearMissId!, claimId);
    await db.claim.delete({ where: { id: nearMissClaim } });
    const reviewer = await loggedIn(db, "reviewer");
    const { claimId: splitClaim } = await reviewer.caller.claim.split({
      itemId: copyId!,
      reason: "The aggregator changed the figures",
    });

    const dryRun = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: true });
    expect(dryRun).toMatchObject({ dryRun: true, examined: 4, kept: 1 });
    expect(dryRun.moves).toEqual(
      expect.arrayContaining([
        { itemId: excerptId, from: olderExcerptClaim, to: claimId },
        { itemId: nearMissId, from: claimId, to: expect.not.stringMatching(claimId) },
      ]),
    );
    expect(dryRun.moves).toHaveLength(2);
    expect(dryRun.mergedClaims).toEqual([{ claimId: olderExcerptClaim, into: claimId }]);
    expect(await claimOf(db, excerptId!)).toBe(olderExcerptClaim);
    expect(await db.auditEvent.count({ where: { action: "claim.reclustered" } })).toBe(0);

    const report = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false });
    expect(report.moves).toEqual(
      dryRun.moves.map((move) => (move.itemId === nearMissId ? { ...move, to: expect.any(String) } : move)),
    );
    expect(await claimOf(db, articleId!)).toBe(claimId);
    expect(await claimOf(db, excerptId!)).toBe(claimId);
    expect(await claimOf(db, nearMissId!)).not.toBe(claimId);
    expect(report.newClaims).toEqual([await claimOf(db, nearMissId!)]);
    expect(await claimOf(db, copyId!)).toBe(splitClaim);
    expect(await db.claim.findUniqueOrThrow({ where: { id: olderExcerptClaim } })).toMatchObject({
      mergedIntoId: claimId,
      status: "closed",
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      itemCount: 2,
      firstSeenAt: new Date("2026-03-14T06:00:00.000Z"),
    });

    const audited = await db.auditEvent.findMany({
      where: { action: "claim.reclustered" },
      select: { subjectId: true, after: true },
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        {
          subjectId: claimId,
          after: { gained: [excerptId], lost: [{ itemId: nearMissId, to: await claimOf(db, nearMissId!) }] },
        },
        { subjectId: olderExcerptClaim, after: { gained: [], lost: [{ itemId: excerptId, to: claimId }] } },
      ]),
    );

    // The rule's placements are stable: a second run moves nothing.
    expect((await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false })).moves).toEqual([]);
  });
});

describe("[CLAIMS][RECLUSTER] a window of time", () => {
  const database = useTestDatabase();

  it("re-places only the items stored since the given time", async () => {
    const { db } = database;
    const [, olderPostId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        text: NEAR_MISS_PARAGRAPHS.join("\n"),
        publishedAt: "2026-03-15T06:00:00.000Z",
      }),
      parsedItem({ site: "t.me", text: `Міне:\n${NEAR_MISS_PARAGRAPHS[0]}`, publishedAt: "2026-03-15T09:00:00.000Z" }),
    );
    const olderPostClaim = await placeAsAnOlderRuleDid(db, olderPostId!, null);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = new Date();
    const [articleId, excerptId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: PENSION_TITLE,
        text: ARTICLE,
        publishedAt: "2026-03-14T06:00:00.000Z",
      }),
      parsedItem({
        site: "t.me",
        text: `Қараңыздар!\n${PENSION_PARAGRAPHS[0]}`,
        publishedAt: "2026-03-14T09:30:00.000Z",
      }),
    );
    const olderExcerptClaim = await placeAsAnOlderRuleDid(db, excerptId!, null);
    const future = new Date(Date.now() + 60_000);
    expect((await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false, since: future })).examined).toBe(0);
    expect(await claimOf(db, excerptId!)).toBe(olderExcerptClaim);
    const report = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false, since: started });
    expect(report.moves).toEqual([{ itemId: excerptId, from: olderExcerptClaim, to: await claimOf(db, articleId!) }]);
    expect(await claimOf(db, olderPostId!)).toBe(olderPostClaim);
  });
});
