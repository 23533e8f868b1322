import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";

const at = (iso: string) => new Date(iso);
let hashes = 0;

async function item(db: Db, site: string, lang: string, ingestedAt: string, claimId?: string) {
  await db.item.create({
    data: {
      kind: "post",
      site,
      lang,
      text: "x",
      contentHash: `h${hashes++}`,
      ingestedAt: at(ingestedAt),
      ...(claimId ? { claimId } : {}),
    },
  });
}

describe("[REVIEW][METRICS] ingest, verdicts, time to verdict, throughput, resurfaced fakes", () => {
  const database = useTestDatabase();

  it("aggregates in the range and language asked for", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer", "aigerim");
    const nurlan = await loggedIn(db, "editor", "nurlan");
    const fake = await db.claim.create({
      data: {
        title: "fake",
        lang: "kk",
        verdict: "fake",
        status: "published",
        firstSeenAt: at("2026-03-01T00:00:00Z"),
      },
      select: { id: true },
    });
    const verified = await db.claim.create({
      data: {
        title: "ok",
        lang: "ru",
        verdict: "verified",
        status: "decided",
        firstSeenAt: at("2026-03-01T00:00:00Z"),
      },
      select: { id: true },
    });
    await db.review.create({
      data: {
        claimId: fake.id,
        authorId: aigerim.user.id,
        approverId: nurlan.user.id,
        verdict: "fake",
        rationale: "r",
        status: "approved",
        createdAt: at("2026-03-01T06:00:00Z"),
        decidedAt: at("2026-03-01T10:00:00Z"),
      },
    });
    await db.review.create({
      data: {
        claimId: verified.id,
        authorId: aigerim.user.id,
        approverId: nurlan.user.id,
        verdict: "verified",
        rationale: "r",
        status: "approved",
        createdAt: at("2026-03-02T00:00:00Z"),
        decidedAt: at("2026-03-02T06:00:00Z"),
      },
    });
    await db.notice.create({ data: { claimId: fake.id, lang: "kk", publishedAt: at("2026-03-02T00:00:00Z") } });
    await item(db, "qazaq24.com", "kk", "2026-03-01T01:00:00Z", fake.id);
    await item(db, "qazaq24.com", "kk", "2026-03-01T02:00:00Z");
    await item(db, "t.me", "ru", "2026-03-01T03:00:00Z", verified.id);
    // The fake spreads again after its verdict: two new appearances on 3 March.
    await item(db, "t.me", "kk", "2026-03-03T09:00:00Z", fake.id);
    await item(db, "vk.com", "kk", "2026-03-03T11:00:00Z", fake.id);
    await item(db, "qazaq24.com", "kk", "2026-04-01T00:00:00Z"); // outside the range

    const all = await aigerim.caller.metrics.overview({ from: "2026-03-01", to: "2026-03-03" });
    expect(all.ingestedPerDay).toEqual([
      { day: "2026-03-01", site: "qazaq24.com", count: 2 },
      { day: "2026-03-01", site: "t.me", count: 1 },
      { day: "2026-03-03", site: "t.me", count: 1 },
      { day: "2026-03-03", site: "vk.com", count: 1 },
    ]);
    expect(all.verdictsPerDay).toEqual([
      { day: "2026-03-01", verdict: "fake", count: 1 },
      { day: "2026-03-02", verdict: "verified", count: 1 },
    ]);
    expect(all.medianHoursToVerdict).toBe(20); // median of 10 h and 30 h
    expect(all.medianHoursToPublication).toBe(24);
    expect(all.throughput).toEqual([
      { name: "aigerim", submitted: 2, approved: 0 },
      { name: "nurlan", submitted: 0, approved: 2 },
    ]);
    expect(all.resurfacedFakesPerDay).toEqual([{ day: "2026-03-03", count: 2 }]);

    const russian = await nurlan.caller.metrics.overview({ from: "2026-03-01", to: "2026-03-03", lang: "ru" });
    expect(russian.medianHoursToVerdict).toBe(30);
    expect(russian.medianHoursToPublication).toBeNull();
    expect(russian.resurfacedFakesPerDay).toEqual([]);
    expect(await refusal(nurlan.caller.metrics.overview({ from: "2026-03-03", to: "2026-03-01" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
