import { readFileSync } from "node:fs";
import { findChainBreak } from "@tekser/audit";
import { fixtureUrl } from "@tekser/fixtures";
import { describe, expect, it } from "vitest";
import { callerFor, loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";
import { loadPublishedNotice } from "@tekser/domain/publish/notices.ts";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");

describe("[FOUNDATION] news page to published notice through the routers", () => {
  const database = useTestDatabase();

  it("ingests, reviews with four eyes, publishes, and audits every step", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const auditor = await loggedIn(db, "auditor");

    const first = await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
    expect(first.rejected).toBe(0);
    expect(first.accepted).toBeGreaterThan(1);
    const article = first.items.find((item) => item.kind === "article");
    expect(article).toMatchObject({
      title: "Ақпараттық штаб жұмысын бастады",
      lang: "kk",
      originalSource: "aikyn.kz",
      views: 99,
    });

    const second = await reviewer.caller.ingest.paste({ name: "again.txt", content: seedPage });
    expect(second).toMatchObject({ accepted: 0, duplicates: first.accepted, rejected: 0 });
    expect(await db.item.count()).toBe(first.accepted);

    const queue = await reviewer.caller.claim.list({ filters: { text: "Ақпараттық штаб" } });
    expect(queue.rowCount).toBe(1);
    const claimRow = queue.rows[0]!;
    expect(claimRow).toMatchObject({ status: "new", lang: "kk", sites: ["qazaq24.com"] });
    const claim = await reviewer.caller.claim.byId({ id: claimRow.id });

    expect(
      await refusal(
        editor.caller.review.setVerdict({
          claimId: claim.id,
          revision: claim.revision,
          verdict: "verified",
          rationale: "x",
          evidence: [{ url: "https://aikyn.kz/", note: "" }],
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(auditor.caller.ingest.paste({ name: "x", content: seedPage }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(callerFor(db, null).caller.claim.list({}))).toMatchObject({ code: "UNAUTHORIZED" });

    const { reviewId } = await reviewer.caller.review.setVerdict({
      claimId: claim.id,
      revision: claim.revision,
      verdict: "verified",
      rationale: "The Public Communications Centre announced the information headquarters at a briefing.",
      evidence: [{ url: "https://aikyn.kz/", note: "Original report" }],
    });
    expect(
      await refusal(
        reviewer.caller.review.setVerdict({
          claimId: claim.id,
          revision: claim.revision,
          verdict: "fake",
          rationale: "stale",
          evidence: [{ url: "https://aikyn.kz/", note: "" }],
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", appCode: "STALE_WRITE" });
    expect(await refusal(reviewer.caller.review.approve({ reviewId }))).toMatchObject({
      code: "FORBIDDEN",
      appCode: "OWN_VERDICT",
    });
    expect(
      await refusal(reviewer.caller.notice.publish({ claimId: claim.id, lang: "kk", headline: "h", summary: "s" })),
    ).toMatchObject({ code: "FORBIDDEN" });

    await editor.caller.review.approve({ reviewId, comment: "Checked the source" });
    const { noticeId } = await editor.caller.notice.publish({
      claimId: claim.id,
      lang: "kk",
      headline: "Ақпараттық штаб шынымен құрылды",
      summary: "Тәуелсіз байқаушылардың ақпараттық штабы туралы хабар расталды.",
    });
    expect((await reviewer.caller.claim.byId({ id: claim.id })).status).toBe("published");
    const notice = await loadPublishedNotice(db, noticeId);
    expect(notice).toMatchObject({ verdict: "verified", lang: "kk", claimReviewed: "Ақпараттық штаб жұмысын бастады" });
    expect(notice?.appearances[0]?.site).toBe("qazaq24.com");

    const audit = await auditor.caller.audit.list({ perPage: 200, sort: [{ id: "seq", desc: false }] });
    const actions = audit.rows.map((row) => row.action);
    for (const action of [
      "auth.login",
      "ingest.document",
      "ingest.run",
      "review.submit",
      "review.approve",
      "notice.publish",
    ]) {
      expect(actions).toContain(action);
    }
    expect(findChainBreak(audit.rows)).toBeNull();
    expect(await refusal(reviewer.caller.audit.list({}))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a wrong password and records the failed login", async () => {
    const { db } = database;
    await loggedIn(db, "reviewer", "aigerim");
    const anonymous = callerFor(db, null).caller;
    expect(await refusal(anonymous.auth.login({ username: "aigerim", password: "wrong password" }))).toMatchObject({
      code: "UNAUTHORIZED",
      appCode: "INVALID_CREDENTIALS",
    });
    expect(await db.auditEvent.count({ where: { action: "auth.loginFailed", actorName: "aigerim" } })).toBe(1);
  });
});
