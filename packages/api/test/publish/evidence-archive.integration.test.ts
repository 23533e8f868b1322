import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { JobQueue } from "@tekser/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamUntilClosed } from "@tekser/domain/test/endless-response.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";
import type { OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import {
  archiveEvidence,
  loadEvidenceArchive,
  startEvidenceArchiver,
} from "@tekser/domain/publish/evidence-archive.ts";

// The cited pages are served from 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };
const REAL_PAGE = "Ministry of Digital Development: the internet will not be switched off.";
const database = useTestDatabase();
let server: Server;
let base = "";
let endlessClosed: Promise<void> | null = null;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/endless") return void (endlessClosed = streamUntilClosed(response, "text/html"));
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(REAL_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

/** A submitted verdict citing one source, optionally with the reviewer's pasted snapshot; its evidence id. */
async function citedEvidence(snapshotText?: string) {
  const { db } = database;
  const reviewer = await loggedIn(db, "reviewer");
  const claim = await db.claim.create({
    data: { title: "Интернет отключат", lang: "ru", firstSeenAt: new Date() },
    select: { id: true },
  });
  const { reviewId } = await reviewer.caller.review.setVerdict({
    claimId: claim.id,
    revision: 0,
    verdict: "fake",
    rationale: "The ministry denied it",
    evidence: [
      { url: "https://gov.kz/statement", note: "Ministry statement", ...(snapshotText ? { snapshotText } : {}) },
    ],
  });
  const evidence = await db.evidence.findFirstOrThrow({ where: { reviewId }, select: { id: true } });
  return evidence.id;
}

describe("[PUBLISH][ARCHIVE] the archived copy of a cited source", () => {
  it("is never the reviewer's pasted text: the archiver fetches the real page, and the snapshot stays apart", async () => {
    const { db } = database;
    const typed = "Ministry: the internet WILL be switched off (typed by the reviewer)";
    const id = await citedEvidence(typed);
    expect(await loadEvidenceArchive(db, id)).toBeNull();

    await db.evidence.update({ where: { id }, data: { url: `${base}/statement` } });
    await archiveEvidence(db, id, LOCAL);
    const archive = await loadEvidenceArchive(db, id);
    expect(archive).toMatchObject({
      url: `${base}/statement`,
      text: REAL_PAGE,
      hash: createHash("sha256").update(REAL_PAGE).digest("hex"),
    });
    const stored = await db.evidence.findUniqueOrThrow({
      where: { id },
      select: { snapshotText: true, snapshotHash: true },
    });
    expect(stored).toEqual({ snapshotText: typed, snapshotHash: createHash("sha256").update(typed).digest("hex") });
  });

  it("cancels a cited page that streams past 2 MB and keeps no copy", async () => {
    const { db } = database;
    const id = await citedEvidence();
    await db.evidence.update({ where: { id }, data: { url: `${base}/endless` } });
    await expect(archiveEvidence(db, id, LOCAL)).rejects.toThrow(
      `The response from ${base}/endless is larger than 2 MB, the most Tekser reads`,
    );
    await endlessClosed;
    expect(
      await db.evidence.findUniqueOrThrow({ where: { id }, select: { archivedAt: true, archivedText: true } }),
    ).toEqual({ archivedAt: null, archivedText: null });
  });

  it("fetches, when the archiver starts, every published citation that has no archived copy yet", async () => {
    const { db } = database;
    // Published without a job queue: nothing was queued, as for copies the snapshot migration emptied.
    const { noticeId } = await publishSeedNotice(db);
    const notice = await db.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { claimId: true } });
    const cited = await db.evidence.findFirstOrThrow({
      where: { review: { claimId: notice.claimId, status: "approved" } },
      select: { id: true },
    });
    await db.evidence.update({ where: { id: cited.id }, data: { url: `${base}/cited` } });
    const jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    try {
      await startEvidenceArchiver(db, jobs, LOCAL);
      let archive = null;
      for (let attempt = 0; attempt < 100 && !archive; attempt++) {
        archive = await loadEvidenceArchive(db, cited.id);
        if (!archive) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(archive).toMatchObject({ url: `${base}/cited`, text: REAL_PAGE });
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
