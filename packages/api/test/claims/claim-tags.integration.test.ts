import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";

async function newClaim(
  db: Db,
  title: string,
  firstSeenAt = new Date(),
  extra: { lang?: string; verdict?: "fake" | "verified" } = {},
) {
  return db.claim.create({
    data: {
      title,
      lang: extra.lang ?? "kk",
      firstSeenAt,
      ...(extra.verdict ? { verdict: extra.verdict, status: "decided" } : {}),
    },
    select: { id: true, revision: true },
  });
}

async function actions(db: Db, subjectId: string) {
  const rows = await db.auditEvent.findMany({
    where: { subjectId },
    orderBy: { seq: "asc" },
    select: { action: true },
  });
  return rows.map((row) => row.action);
}

describe("[CLAIMS][TAGS] team tags: define, tag and untag, bulk, queue filter, metrics", () => {
  const database = useTestDatabase();

  it("lets admins define tags, refuses other roles and a name differing only in case", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const election = await admin.caller.tag.define({ name: "Сайлау", colour: "#AA3300" });
    expect(election).toMatchObject({ name: "Сайлау", colour: "#aa3300" });
    expect(await refusal(reviewer.caller.tag.define({ name: "Аймақ", colour: "#000000" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(admin.caller.tag.define({ name: "сайлау", colour: "#000000" }))).toMatchObject({
      code: "CONFLICT",
      appCode: "TAG_NAME_TAKEN",
    });
    expect(await refusal(admin.caller.tag.define({ name: "Аймақ", colour: "red" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const renamed = await admin.caller.tag.update({ tagId: election.id, name: "Сайлау 2026" });
    expect(renamed.name).toBe("Сайлау 2026");
    expect((await reviewer.caller.tag.list()).map((tag) => tag.name)).toEqual(["Сайлау 2026"]);
    expect(await actions(db, election.id)).toEqual(["tag.define", "tag.update"]);
  });

  it("tags and untags one claim without touching its revision, audited; an auditor cannot tag", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const auditor = await loggedIn(db, "auditor");
    const health = await admin.caller.tag.define({ name: "Денсаулық", colour: "#008800" });
    const claim = await newClaim(db, "Вакцина туралы хабар");

    expect(await reviewer.caller.tag.addToClaim({ claimId: claim.id, tagId: health.id })).toEqual({
      tagIds: [health.id],
    });
    // Tagging twice changes nothing and records nothing.
    await reviewer.caller.tag.addToClaim({ claimId: claim.id, tagId: health.id });
    const detail = await reviewer.caller.claim.byId({ id: claim.id });
    expect(detail.tagIds).toEqual([health.id]);
    expect(detail.revision).toBe(claim.revision);
    expect(await refusal(auditor.caller.tag.addToClaim({ claimId: claim.id, tagId: health.id }))).toMatchObject({
      code: "FORBIDDEN",
    });

    expect(await reviewer.caller.tag.removeFromClaim({ claimId: claim.id, tagId: health.id })).toEqual({ tagIds: [] });
    expect(await actions(db, claim.id)).toEqual(["claim.tag", "claim.untag"]);
  });

  it("tags many claims at once through the bulk action, and the queue filters by tag on the server", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor");
    const region = await admin.caller.tag.define({ name: "Шымкент", colour: "#123456" });
    const election = await admin.caller.tag.define({ name: "Election", colour: "#654321" });
    const [a, b, c] = [
      await newClaim(db, "Шымкентте су өшеді"),
      await newClaim(db, "Шымкентте метро салынады"),
      await newClaim(db, "Алматыда қар жауады"),
    ];

    expect(
      await editor.caller.workflow.bulk({ claimIds: [a.id, b.id], action: { type: "tag", tagId: region.id } }),
    ).toEqual({ changed: 2 });
    await editor.caller.tag.addToClaim({ claimId: c.id, tagId: election.id });

    const byRegion = await editor.caller.claim.list({ filters: { tags: [region.id] } });
    expect(byRegion.rows.map((row) => row.id).sort()).toEqual([a.id, b.id].sort());
    expect(byRegion.rows.every((row) => row.tagIds.includes(region.id))).toBe(true);
    const either = await editor.caller.claim.list({ filters: { tags: [region.id, election.id] } });
    expect(either.rowCount).toBe(3);
    // With a text filter too: the words and the tag both apply.
    const metro = await editor.caller.claim.list({ filters: { tags: [region.id], text: "метро" } });
    expect(metro.rows.map((row) => row.id)).toEqual([b.id]);

    await editor.caller.workflow.bulk({ claimIds: [a.id, b.id], action: { type: "untag", tagId: region.id } });
    expect((await editor.caller.claim.list({ filters: { tags: [region.id] } })).rowCount).toBe(0);
    expect(await actions(db, a.id)).toEqual(["claim.tag", "claim.untag"]);
  });

  it("rolls a bulk tagging back whole when one claim is unknown", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const tag = await admin.caller.tag.define({ name: "Rollback", colour: "#000000" });
    const claim = await newClaim(db, "Бір хабар");
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      await refusal(
        reviewer.caller.workflow.bulk({ claimIds: [claim.id, missing], action: { type: "tag", tagId: tag.id } }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await reviewer.caller.claim.byId({ id: claim.id })).tagIds).toEqual([]);
  });

  it("deleting a tag takes it off every claim", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const tag = await admin.caller.tag.define({ name: "Temporary", colour: "#abcdef" });
    const claim = await newClaim(db, "Уақытша тег");
    await admin.caller.tag.addToClaim({ claimId: claim.id, tagId: tag.id });
    expect(await admin.caller.tag.delete({ tagId: tag.id })).toEqual({ untagged: 1 });
    expect((await admin.caller.claim.byId({ id: claim.id })).tagIds).toEqual([]);
    expect(await actions(db, tag.id)).toEqual(["tag.define", "tag.delete"]);
  });

  it("breaks the metrics down by tag and verdict, in the range and language asked for", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const topic = await admin.caller.tag.define({ name: "Metrics topic", colour: "#111111" });
    const other = await admin.caller.tag.define({ name: "Metrics other", colour: "#222222" });
    const march = new Date("2025-03-02T10:00:00Z");
    const fake = await newClaim(db, "m1", march, { verdict: "fake" });
    const fakeRu = await newClaim(db, "m2", march, { verdict: "fake", lang: "ru" });
    const open = await newClaim(db, "m3", march);
    const april = await newClaim(db, "m4", new Date("2025-04-02T10:00:00Z"), { verdict: "fake" });
    for (const claim of [fake, fakeRu, open, april])
      await admin.caller.tag.addToClaim({ claimId: claim.id, tagId: topic.id });
    await admin.caller.tag.addToClaim({ claimId: fake.id, tagId: other.id });

    const metrics = await admin.caller.metrics.overview({ from: "2025-03-01", to: "2025-03-31" });
    expect(metrics.claimsByTag).toEqual([
      { tagId: other.id, name: "Metrics other", colour: "#222222", verdict: "fake", count: 1 },
      { tagId: topic.id, name: "Metrics topic", colour: "#111111", verdict: "fake", count: 2 },
      { tagId: topic.id, name: "Metrics topic", colour: "#111111", verdict: null, count: 1 },
    ]);
    const kazakh = await admin.caller.metrics.overview({ from: "2025-03-01", to: "2025-03-31", lang: "kk" });
    expect(kazakh.claimsByTag.find((row) => row.tagId === topic.id && row.verdict === "fake")?.count).toBe(1);
  });
});
