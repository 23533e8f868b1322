import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { NEAR_MISS_PARAGRAPHS, PENSION_PARAGRAPHS, PENSION_TITLE } from "@tekser/domain/test/copy-documents.ts";
import { renderPhoto, repostedCopy, serveFiles } from "@tekser/domain/test/media-images.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { reclusterClaims } from "@tekser/domain/claims/claim-recluster.ts";
import { sweepPendingMedia } from "@tekser/domain/media/media-job.ts";

// The test's image server listens on 127.0.0.1, which production refuses.
const ALLOW_LOCAL = { allowPrivateUrls: true };

describe("[CLAIMS][RECLUSTER][MEDIA] re-clustering applies the image evidence rule", () => {
  const database = useTestDatabase();
  let server: Awaited<ReturnType<typeof serveFiles>>;

  beforeAll(async () => {
    const photo = await renderPhoto(3);
    const other = await renderPhoto(4);
    server = await serveFiles({
      "/photo.jpg": { body: photo, type: "image/jpeg" },
      "/photo-repost.jpg": {
        body: await repostedCopy(photo, { width: 360, quality: 55, cropPercent: 2 }),
        type: "image/jpeg",
      },
      "/photo-repost-2.jpg": { body: await repostedCopy(photo, { width: 480, quality: 40 }), type: "image/jpeg" },
      "/other.jpg": { body: other, type: "image/jpeg" },
      "/other-repost.jpg": {
        body: await repostedCopy(other, { width: 400, quality: 50, cropPercent: 3 }),
        type: "image/jpeg",
      },
    });
  });
  afterAll(async () => server.close());

  it("moves a short re-post whose image was stored before the original's, reports and audits it, and leaves reviewers' claims as they are", async () => {
    const { db } = database;
    // Re-posts whose images are stored first: when the media stage looked, no other item showed the picture.
    const [repostId, otherRepostId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me",
        text: "Мына сурет рас па?",
        publishedAt: "2026-03-14T12:00:00.000Z",
        mediaUrls: [`${server.base}/photo-repost.jpg`],
      }),
      parsedItem({
        site: "t.me",
        text: "Бұл не?",
        publishedAt: "2026-03-15T12:00:00.000Z",
        mediaUrls: [`${server.base}/other-repost.jpg`],
      }),
    );
    await sweepPendingMedia(db, ALLOW_LOCAL);
    const [originalId, otherArticleId, , pinnedRepostId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: PENSION_TITLE,
        text: PENSION_PARAGRAPHS.join("\n"),
        publishedAt: "2026-03-14T06:00:00.000Z",
        mediaUrls: [`${server.base}/photo.jpg`],
      }),
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        text: NEAR_MISS_PARAGRAPHS.join("\n"),
        publishedAt: "2026-03-15T06:00:00.000Z",
        mediaUrls: [`${server.base}/other.jpg`],
      }),
      parsedItem({
        site: "t.me",
        text: `Міне:\n${NEAR_MISS_PARAGRAPHS.join("\n")}`,
        publishedAt: "2026-03-15T09:00:00.000Z",
      }),
      parsedItem({
        site: "t.me",
        text: "Қараңыздар",
        publishedAt: "2026-03-14T13:00:00.000Z",
        mediaUrls: [`${server.base}/photo-repost-2.jpg`],
      }),
    );
    await sweepPendingMedia(db, ALLOW_LOCAL);
    const originalClaim = (await claimOf(db, originalId!))!;
    const repostClaim = (await claimOf(db, repostId!))!;
    // As stored: the first re-post was left alone; the later one joined the original by its picture.
    expect(repostClaim).not.toBe(originalClaim);
    expect(await claimOf(db, pinnedRepostId!)).toBe(originalClaim);
    // A reviewer took the later re-post out, and the other article away from its copy: both pinned.
    const reviewer = await loggedIn(db, "reviewer");
    const { claimId: pinnedRepostClaim } = await reviewer.caller.claim.split({
      itemId: pinnedRepostId!,
      reason: "A different photo shoot",
    });
    const { claimId: pinnedArticleClaim } = await reviewer.caller.claim.split({
      itemId: otherArticleId!,
      reason: "A different story",
    });
    const otherRepostClaim = (await claimOf(db, otherRepostId!))!;

    const expectedMove = { itemId: repostId, from: repostClaim, to: originalClaim, evidence: "image" };
    const dryRun = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: true });
    expect(dryRun.moves).toEqual([expectedMove]);
    expect(dryRun.mergedClaims).toEqual([{ claimId: repostClaim, into: originalClaim }]);
    expect(dryRun.newClaims).toEqual([]);
    expect(await claimOf(db, repostId!)).toBe(repostClaim);

    const report = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false });
    expect(report.moves).toEqual([expectedMove]);
    expect(report.newClaims).toEqual([]);
    expect(await claimOf(db, repostId!)).toBe(originalClaim);
    expect(await db.claim.findUniqueOrThrow({ where: { id: repostClaim } })).toMatchObject({
      mergedIntoId: originalClaim,
      status: "closed",
    });
    // Pinned placements hold: the split re-post stays out, and a pinned claim gains no re-post by its picture.
    expect(await claimOf(db, pinnedRepostId!)).toBe(pinnedRepostClaim);
    expect(await claimOf(db, otherArticleId!)).toBe(pinnedArticleClaim);
    expect(await claimOf(db, otherRepostId!)).toBe(otherRepostClaim);

    const audited = await db.auditEvent.findMany({
      where: { action: "claim.reclustered" },
      select: { subjectId: true, after: true },
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        { subjectId: originalClaim, after: { gained: [repostId], lost: [], gainedByImage: [repostId] } },
        { subjectId: repostClaim, after: { gained: [], lost: [{ itemId: repostId, to: originalClaim }] } },
      ]),
    );
    expect(audited).toHaveLength(2);
    expect(
      await db.auditEvent.count({
        where: { action: "claim.merge", subjectId: originalClaim, reason: { startsWith: "Re-clustering" } },
      }),
    ).toBe(1);

    // Stable: a second run re-places the re-post by its picture into the same claim and moves nothing.
    const again = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: false });
    expect(again).toMatchObject({ moves: [], newClaims: [], mergedClaims: [] });
  });
});
