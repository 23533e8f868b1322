import { renderNoticePage, renderRssFeed, buildClaimReview } from "@tekser/publish";
import { verifyValue } from "@tekser/signing";
import type { Db } from "@tekser/db";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";
import { listPublishedNotices, loadPublishedNotice } from "@tekser/domain/publish/notices.ts";
import { noticeChangesSince } from "@tekser/domain/publish/notice-changes.ts";
import { publicKeySet } from "@tekser/domain/publish/signing-keys.ts";
import { importFactChecks } from "@tekser/domain/archive-import/import-fact-checks.ts";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";

const publisher = { name: "Tekser", url: "http://tekser.test", baseUrl: "http://tekser.test", timeZone: "Asia/Almaty" };
const evidence = [{ url: "https://stat.gov.kz/", note: "Official figures" }];
const manipulation = {
  wording: { kk: "Манипуляция", ru: "Манипуляция", en: "Manipulation" },
  colour: "#7a3e9d",
  rating: 2,
  meaning: "misleading" as const,
};

async function newClaim(db: Db, title = "Зейнетақы жасы 70-ке көтеріледі") {
  return db.claim.create({
    data: { title, lang: "ru", firstSeenAt: new Date() },
    select: { id: true, revision: true },
  });
}

describe("[REVIEW][VERDICT-SCALE] the team's own verdict labels", () => {
  const database = useTestDatabase();

  it("starts with the four built-in verdicts, worded and rated as before", async () => {
    const reviewer = await loggedIn(database.db, "reviewer");
    const scale = await reviewer.caller.verdictScale.list();
    expect(
      scale.map(({ wording, rating, meaning, retired }) => ({ ru: wording.ru, rating, meaning, retired })),
    ).toEqual([
      { ru: "Подтверждено", rating: 5, meaning: "verified", retired: false },
      { ru: "Фейк", rating: 1, meaning: "fake", retired: false },
      { ru: "Вводит в заблуждение", rating: 2, meaning: "misleading", retired: false },
      { ru: "Невозможно проверить", rating: 3, meaning: "unverifiable", retired: false },
    ]);
  });

  it("lets only admins shape the scale, and audits every change with before and after", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    for (const role of ["reviewer", "editor", "auditor"] as const) {
      const other = await loggedIn(db, role);
      expect(await refusal(other.caller.verdictScale.define(manipulation)), role).toMatchObject({ code: "FORBIDDEN" });
    }
    const label = await admin.caller.verdictScale.define(manipulation);
    expect(label).toMatchObject({ ...manipulation, retired: false });
    const editor = await loggedIn(db, "editor");
    expect(await refusal(editor.caller.verdictScale.update({ labelId: label.id, rating: 1 }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(editor.caller.verdictScale.reorder({ labelIds: [label.id] }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(editor.caller.verdictScale.retire({ labelId: label.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(editor.caller.verdictScale.restore({ labelId: label.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(editor.caller.verdictScale.delete({ labelId: label.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(admin.caller.verdictScale.define({ ...manipulation, rating: 6 }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await refusal(
        admin.caller.verdictScale.define({ ...manipulation, wording: { ...manipulation.wording, kk: " " } }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });

    const changed = await admin.caller.verdictScale.update({
      labelId: label.id,
      wording: { kk: "Айла", ru: "Манипуляция", en: "Manipulation" },
      colour: "#553366",
    });
    expect(changed).toMatchObject({ wording: { kk: "Айла" }, colour: "#553366", rating: 2, meaning: "misleading" });
    const update = await db.auditEvent.findFirstOrThrow({
      where: { action: "verdictLabel.update", subjectId: label.id },
      select: { before: true, after: true, subjectType: true },
    });
    expect(update).toMatchObject({
      subjectType: "verdictLabel",
      before: { wording: { kk: "Манипуляция" } },
      after: { wording: { kk: "Айла" } },
    });

    const reordered = await admin.caller.verdictScale.reorder({ labelIds: [label.id] });
    expect(reordered[0]?.id).toBe(label.id);
    expect(reordered.map((entry) => entry.meaning).slice(1)).toEqual([
      "verified",
      "fake",
      "misleading",
      "unverifiable",
    ]);
    expect(await db.auditEvent.count({ where: { action: "verdictLabel.reorder" } })).toBe(1);
    expect(
      await refusal(admin.caller.verdictScale.reorder({ labelIds: ["00000000-0000-4000-8000-000000000000"] })),
    ).toMatchObject({ appCode: "VERDICT_LABEL_NOT_FOUND" });
  });

  it("retires a label in use instead of deleting it: past verdicts keep it, new ones cannot choose it", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const label = await admin.caller.verdictScale.define({
      ...manipulation,
      wording: { kk: "Жартылай рас", ru: "Полуправда", en: "Half true" },
      rating: 3,
    });
    const claim = await newClaim(db);
    const verdict = { claimId: claim.id, revision: claim.revision, rationale: "Half of it is true", evidence };
    expect(
      await refusal(reviewer.caller.review.setVerdict({ ...verdict, verdict: "fake", labelId: label.id })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "VERDICT_LABEL_MEANING",
    });
    await reviewer.caller.review.setVerdict({ ...verdict, verdict: "misleading", labelId: label.id });

    expect(await refusal(admin.caller.verdictScale.delete({ labelId: label.id }))).toMatchObject({
      code: "CONFLICT",
      appCode: "VERDICT_LABEL_IN_USE",
    });
    expect(await admin.caller.verdictScale.retire({ labelId: label.id })).toMatchObject({
      id: label.id,
      retired: true,
    });
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { action: "verdictLabel.retire", subjectId: label.id },
        select: { after: true },
      }),
    ).toMatchObject({ after: { retired: true } });
    expect((await reviewer.caller.verdictScale.list()).find((entry) => entry.id === label.id)).toMatchObject({
      retired: true,
    });
    const [review] = (await reviewer.caller.claim.byId({ id: claim.id })).reviews;
    expect(review).toMatchObject({ verdict: "misleading", verdictLabelId: label.id });

    const another = await newClaim(db, "Бензин екі есе қымбаттайды");
    const second = {
      claimId: another.id,
      revision: another.revision,
      verdict: "misleading" as const,
      rationale: "Partly",
      evidence,
    };
    expect(await refusal(reviewer.caller.review.setVerdict({ ...second, labelId: label.id }))).toMatchObject({
      code: "CONFLICT",
      appCode: "VERDICT_LABEL_RETIRED",
    });
    await admin.caller.verdictScale.restore({ labelId: label.id });
    await reviewer.caller.review.setVerdict({ ...second, labelId: label.id });

    const unused = await admin.caller.verdictScale.define({
      ...manipulation,
      wording: { kk: "Сын", ru: "Проба", en: "Trial" },
    });
    await admin.caller.verdictScale.delete({ labelId: unused.id });
    expect((await admin.caller.verdictScale.list()).some((entry) => entry.id === unused.id)).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "verdictLabel.delete", subjectId: unused.id } })).toBe(1);
  });

  it("gives a verdict without a chosen label the scale's first active label of its meaning", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const claim = await newClaim(db, "Нан бағасы түседі");
    await reviewer.caller.review.setVerdict({
      claimId: claim.id,
      revision: claim.revision,
      verdict: "fake",
      rationale: "No such decision",
      evidence,
    });
    const fake = (await reviewer.caller.verdictScale.list()).find(
      (entry) => entry.meaning === "fake" && entry.wording.en === "Fake",
    );
    expect((await reviewer.caller.claim.byId({ id: claim.id })).reviews[0]?.verdictLabelId).toBe(fake?.id);
  });

  it("publishes the label as it was: a later edit of the scale changes neither the page, the feed, ClaimReview nor the signed JSON", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const label = await admin.caller.verdictScale.define(manipulation);
    const claim = await newClaim(db, "Вакцина меняет ДНК");
    const { reviewId } = await reviewer.caller.review.setVerdict({
      claimId: claim.id,
      revision: claim.revision,
      verdict: "misleading",
      labelId: label.id,
      rationale: "The study is misquoted",
      evidence,
    });
    await editor.caller.review.approve({ reviewId });
    expect((await editor.caller.claim.byId({ id: claim.id })).verdict).toBe("misleading");
    const { noticeId } = await editor.caller.notice.publish({
      claimId: claim.id,
      lang: "ru",
      headline: "Вакцина не меняет ДНК",
      summary: "Исследование процитировано неверно.",
    });

    await admin.caller.verdictScale.update({
      labelId: label.id,
      wording: { kk: "Айла", ru: "Подтасовка", en: "Spin" },
      rating: 1,
      colour: "#000000",
    });

    const notice = await loadPublishedNotice(db, noticeId);
    if (!notice) throw new Error("the notice was not published");
    expect(notice.verdictLabel).toEqual({ id: label.id, wording: manipulation.wording, rating: 2, colour: "#7a3e9d" });
    const page = renderNoticePage(notice, publisher);
    expect(page).toContain(">Манипуляция</p>");
    expect(page).not.toContain("Подтасовка");
    expect(buildClaimReview(notice, publisher).reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Манипуляция",
    });
    const rss = await new Parser().parseString(
      renderRssFeed(await listPublishedNotices(db, { limit: 10 }), publisher, {
        selfUrl: "http://tekser.test/feed.rss",
      }),
    );
    expect(rss.items.find((item) => item.link?.endsWith(noticeId))?.title).toBe("[Манипуляция] Вакцина не меняет ДНК");

    // The signed document names the label; its signature verifies, and the pull API carries it.
    const keys = await publicKeySet(db);
    if (!notice.signed) throw new Error("the notice was not signed");
    expect(notice.signed.document.verdictLabel?.wording.ru).toBe("Манипуляция");
    expect(verifyValue(notice.signed.document, notice.signed.signature, keys)).toMatchObject({ valid: true });
    const { changes } = await noticeChangesSince(db, 0n, 100, publisher.baseUrl);
    expect(changes.find((change) => change.document.id === noticeId)?.document.verdictLabel?.rating).toBe(2);

    // A correction is a new version: it is published with the label as the scale words it now.
    await editor.caller.notice.correct({
      noticeId,
      expectedVersion: 1,
      headline: "Вакцина не меняет ДНК",
      summary: "Уточнено.",
      changeNote: "Wording of the scale",
    });
    const corrected = await loadPublishedNotice(db, noticeId);
    expect(corrected?.verdictLabel).toMatchObject({ wording: { ru: "Подтасовка" }, rating: 1 });
    expect(corrected?.signed && verifyValue(corrected.signed.document, corrected.signed.signature, keys)).toMatchObject(
      { valid: true },
    );

    // The headline clean-up knows the team's wordings: the one a published version carried before
    // the label was reworded, and a retired label's, as well as the built-in ones.
    await editor.caller.notice.correct({
      noticeId,
      expectedVersion: 2,
      headline: "Манипуляция: Вакцина не меняет ДНК",
      summary: "Уточнено.",
      changeNote: "Headline",
    });
    expect((await loadPublishedNotice(db, noticeId))?.headline).toBe("Вакцина не меняет ДНК");
    expect(
      await refusal(
        editor.caller.notice.correct({
          noticeId,
          expectedVersion: 3,
          headline: "[Подтасовка]",
          summary: "Уточнено.",
          changeNote: "Headline",
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "NOTICE_HEADLINE_ONLY_LABEL",
    });
    await admin.caller.verdictScale.retire({ labelId: label.id });
    const { noticeId: kkNotice } = await editor.caller.notice.publish({
      claimId: claim.id,
      lang: "kk",
      headline: "АЙЛА — Фейк: Вакцина ДНК-ны өзгертпейді",
      summary: "Зерттеу бұрмаланған.",
    });
    expect((await loadPublishedNotice(db, kkNotice))?.headline).toBe("Вакцина ДНК-ны өзгертпейді");
  });

  it("gives the queue, search and the spread panel the label of the approved verdict, beside its meaning", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const halfTruth = await admin.caller.verdictScale.define({
      ...manipulation,
      wording: { kk: "Жартылай шындық", ru: "Полуправда", en: "Half-truth" },
      rating: 3,
    });
    const [itemId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/taraz",
        lang: "kk",
        title: "Жамбыл облысында тұз тапшылығы басталды",
        text: "Жамбыл облысында тұз тапшылығы басталды, дүкендер бос тұр.",
      }),
    );
    const claimId = itemId ? await claimOf(db, itemId) : null;
    if (!claimId) throw new Error("the post made no claim");
    const claim = await reviewer.caller.claim.byId({ id: claimId });
    const { reviewId } = await reviewer.caller.review.setVerdict({
      claimId,
      revision: claim.revision,
      verdict: "misleading",
      labelId: halfTruth.id,
      rationale: "Shops were restocked",
      evidence,
    });
    expect(
      (await reviewer.caller.claim.list({ filters: { text: "тапшылығы" } })).rows.find((row) => row.id === claimId),
    ).toMatchObject({ verdict: null, verdictLabelId: null });
    await editor.caller.review.approve({ reviewId });

    const row = (await reviewer.caller.claim.list({ filters: { verdict: ["misleading"] } })).rows.find(
      (entry) => entry.id === claimId,
    );
    expect(row).toMatchObject({ verdict: "misleading", verdictLabelId: halfTruth.id });
    const hits = await reviewer.caller.claim.search({ q: "тапшылығы" });
    expect(hits.rows.filter((hit) => hit.claimId === claimId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ verdict: "misleading", verdictLabelId: halfTruth.id })]),
    );
    // The spread panel's "resurfaced" line words the verdict with the same label.
    expect(await reviewer.caller.claim.appearances({ id: claimId })).toMatchObject({
      verdict: "misleading",
      verdictLabelId: halfTruth.id,
    });
  });

  it("maps an archive's labels worded as the scale words them onto the label's meaning", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const review = {
      "@type": "ClaimReview",
      url: "https://factcheck.example/salt",
      claimReviewed: "Тұз бағасы келесі аптада үш есе қымбаттайды деп хабарлама таратылды",
      reviewRating: { alternateName: "Подлог" },
    };
    const file = (name: string) => ({ name, bytes: new TextEncoder().encode(JSON.stringify(review)) });
    const editorActor = { id: null, name: "archivist", role: "editor" as const };
    expect(
      (await importFactChecks(db, editorActor, "cli", file("before.json"))).errors.map((error) => error.code),
    ).toEqual(["unknownLabel"]);
    await admin.caller.verdictScale.define({
      ...manipulation,
      wording: { kk: "Жалған құжат", ru: "Подлог", en: "Forgery" },
      meaning: "fake",
      rating: 1,
    });
    const report = await importFactChecks(db, editorActor, "cli", file("after.json"));
    expect(report.claims).toMatchObject([{ verdict: "fake", verdictApplied: true }]);
  });
});
