import { TRPCError } from "@trpc/server";
import { renderAtomFeed, renderJsonFeed, renderNoticePage } from "@tekser/publish";
import { verifyValue } from "@tekser/signing";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";
import { listCorrections } from "@tekser/domain/publish/notice-corrections.ts";
import { listPublishedNotices, loadPublishedNotice } from "@tekser/domain/publish/notices.ts";
import { noticeChangesSince } from "@tekser/domain/publish/notice-changes.ts";
import { publicKeySet } from "@tekser/domain/publish/signing-keys.ts";

const publisher = { name: "Tekser", url: "http://tekser.test", baseUrl: "http://tekser.test", timeZone: "Asia/Almaty" };

async function refusalOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return { code: error.code, appCode: (error.cause as { code?: string } | undefined)?.code, message: error.message };
}

describe("[PUBLISH][CORRECTIONS] a correction is a new signed version, visible everywhere", () => {
  const database = useTestDatabase();

  it("versions, signs, notes, orders and audits a correction and a retraction", async () => {
    const { db } = database;
    const { editor, reviewer, noticeId } = await publishSeedNotice(db);
    const v1 = await loadPublishedNotice(db, noticeId);
    expect(v1).toMatchObject({
      version: 1,
      status: "published",
      history: [{ version: 1, kind: "publication", changeNote: null }],
    });

    expect(
      await refusalOf(
        editor.caller.notice.correct({ noticeId, expectedVersion: 1, headline: "x", summary: "y", changeNote: " " }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await refusalOf(
        reviewer.caller.notice.correct({ noticeId, expectedVersion: 1, headline: "x", summary: "y", changeNote: "z" }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });

    await new Promise((resolve) => setTimeout(resolve, 5));
    const correction = {
      noticeId,
      expectedVersion: 1,
      headline: "Ақпараттық штаб құрылды: брифинг күні нақтыланды",
      summary: "Штаб 13 наурыздағы брифингте жарияланды.",
      changeNote: "Брифинг күні қосылды",
    };
    expect(await editor.caller.notice.correct(correction)).toEqual({ version: 2 });
    expect(await refusalOf(editor.caller.notice.correct(correction))).toMatchObject({
      code: "CONFLICT",
      appCode: "STALE_WRITE",
    });

    const v2 = await loadPublishedNotice(db, noticeId);
    expect(v2).toMatchObject({ version: 2, headline: correction.headline, publishedAt: v1?.publishedAt });
    expect(Date.parse(v2!.updatedAt)).toBeGreaterThan(Date.parse(v1!.updatedAt));
    expect(v2?.history.map((entry) => [entry.version, entry.kind, entry.changeNote])).toEqual([
      [1, "publication", null],
      [2, "correction", "Брифинг күні қосылды"],
    ]);

    // Signed: the stored signature verifies against the public key set; one changed letter fails.
    const keys = await publicKeySet(db);
    const signed = v2!.signed!;
    expect(signed.document).toMatchObject({
      id: noticeId,
      version: 2,
      kind: "correction",
      changeNote: "Брифинг күні қосылды",
    });
    expect(verifyValue(signed.document, signed.signature, keys)).toMatchObject({ valid: true });
    expect(
      verifyValue({ ...signed.document, headline: `${signed.document.headline}!` }, signed.signature, keys),
    ).toMatchObject({ valid: false, reason: "mismatch" });

    // The page shows the history, the feeds carry the new update time, the log lists it.
    const page = renderNoticePage(v2!, publisher);
    expect(page).toContain("Брифинг күні қосылды");
    expect(page).toContain('id="tekser-signed-notice"');
    const [listed] = await listPublishedNotices(db, { limit: 10 });
    const atom = await new Parser().parseString(
      renderAtomFeed([listed!], publisher, { selfUrl: "http://tekser.test/feed.atom" }),
    );
    expect(atom.items[0]?.title).toContain(correction.headline);
    expect(new Date(atom.lastBuildDate as string).toISOString()).toBe(v2?.updatedAt);
    const json = JSON.parse(renderJsonFeed([listed!], publisher, { selfUrl: "http://tekser.test/feed.json" })) as {
      items: { date_modified: string; _tekser: { signed: unknown } }[];
    };
    expect(json.items[0]?.date_modified).toBe(v2?.updatedAt);
    expect(json.items[0]?._tekser.signed).toEqual(signed);

    expect(
      await refusalOf(editor.caller.notice.retract({ noticeId, expectedVersion: 2, changeNote: "" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    await editor.caller.notice.retract({
      noticeId,
      expectedVersion: 2,
      changeNote: "Дереккөз брифингті жоққа шығарды",
    });
    const v3 = await loadPublishedNotice(db, noticeId);
    expect(v3).toMatchObject({ version: 3, status: "retracted", headline: correction.headline });
    const retractedPage = renderNoticePage(v3!, publisher);
    expect(retractedPage).toContain('class="retracted"');
    expect(retractedPage).toContain("Дереккөз брифингті жоққа шығарды");
    expect(verifyValue(v3!.signed!.document, v3!.signed!.signature, keys)).toMatchObject({ valid: true });
    expect(await refusalOf(editor.caller.notice.correct({ ...correction, expectedVersion: 3 }))).toMatchObject({
      appCode: "INVALID_TRANSITION",
    });

    expect((await listCorrections(db, 10)).map((entry) => [entry.kind, entry.version, entry.changeNote])).toEqual([
      ["retraction", 3, "Дереккөз брифингті жоққа шығарды"],
      ["correction", 2, "Брифинг күні қосылды"],
    ]);

    // The pull API's stream lists all three versions in order, each with a verifying signature.
    const stream = await noticeChangesSince(db, 0n, 10, "http://tekser.test");
    expect(stream.changes.map((change) => change.event)).toEqual([
      "notice.published",
      "notice.corrected",
      "notice.retracted",
    ]);
    expect(stream.changes.map((change) => Number(change.cursor))).toEqual([1, 2, 3]);
    const afterFirst = await noticeChangesSince(db, 1n, 10, "http://tekser.test");
    expect(afterFirst.changes.map((change) => change.document.version)).toEqual([2, 3]);
    expect(await noticeChangesSince(db, 3n, 10, "http://tekser.test")).toEqual({
      changes: [],
      nextCursor: "3",
      hasMore: false,
    });

    const auditor = await loggedIn(db, "auditor");
    const audit = await auditor.caller.audit.list({ perPage: 200, filters: { subjectId: noticeId } });
    const noticeEvents = audit.rows.filter((row) => row.subjectId === noticeId);
    expect(noticeEvents.map((row) => row.action).sort()).toEqual([
      "notice.correct",
      "notice.publish",
      "notice.retract",
    ]);
  });
});
