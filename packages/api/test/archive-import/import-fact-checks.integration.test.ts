import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { channelPost } from "@tekser/domain/test/copy-documents.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { importFactChecks } from "@tekser/domain/archive-import/import-fact-checks.ts";
import { reclusterClaims } from "@tekser/domain/claims/claim-recluster.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { useTestDatabase } from "../harness.ts";

const FIXTURES = new URL("../../../ingest/fixtures/fact-checks/", import.meta.url);
const fixture = (name: string): IngestInput => ({ name, bytes: readFileSync(new URL(name, FIXTURES)) });
const json = (name: string, value: unknown): IngestInput => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const ARCHIVIST = { id: null, name: "archivist", role: "editor" as const };

describe("[IMPORT] a desk's archive of fact-checks becomes claims with verdicts", () => {
  const database = useTestDatabase();

  it("imports Fact Check Tools JSON: a decided claim per claim text with its verdict, an imported notice per review with its label, URL and date, never a Tekser notice", async () => {
    const { db } = database;
    const report = await importFactChecks(db, ARCHIVIST, "cli", fixture("fact-check-tools.json"));
    expect(report).toMatchObject({ format: "json", imported: 3, alreadyImported: 0, rejected: 2 });
    expect(report.errors.map((e) => [e.input, e.location, e.code])).toEqual([
      ["fact-check-tools.json", "claims[2].claimReview[0]", "unknownLabel"],
      ["fact-check-tools.json", "claims[3].claimReview[0]", "missingClaimText"],
    ]);
    expect(report.errors[0]?.message).toBe(
      'the verdict label "Spicy" is not on the team\'s scale: map it, e.g. --map "Spicy=fake"',
    );

    const quarantine = report.claims[0]?.claimId as string;
    expect(
      await db.claim.findUniqueOrThrow({
        where: { id: quarantine },
        select: { status: true, verdict: true, lang: true, itemCount: true },
      }),
    ).toEqual({
      status: "decided",
      verdict: "fake",
      lang: "ru",
      itemCount: 1,
    });
    // Two desks reviewed the pension claim: one claim, the first review's verdict, both notices kept.
    const pension = report.claims.slice(1).map((c) => [c.claimId, c.verdict, c.verdictApplied]);
    expect(pension).toEqual([
      [report.claims[1]?.claimId, "fake", true],
      [report.claims[1]?.claimId, "misleading", false],
    ]);
    const notices = await db.importedNotice.findMany({
      where: { claimId: report.claims[1]?.claimId as string },
      orderBy: { location: "asc" },
      select: { label: true, verdict: true, reviewUrl: true, reviewedAt: true, publisher: true, lang: true },
    });
    // A bare date is a day on the desk's calendar (Asia/Almaty), as ingest reads dates.
    expect(notices).toEqual([
      {
        label: "Жалған",
        verdict: "fake",
        reviewUrl: "https://factcheck.kz/kz/zeinetak%D1%8B-zhasy/",
        reviewedAt: new Date("2025-09-15T06:00:00Z"),
        publisher: "Factcheck.kz",
        lang: "kk",
      },
      {
        label: "Mostly false",
        verdict: "misleading",
        reviewUrl: "https://example-check.org/kz-pension-age",
        reviewedAt: new Date("2025-09-15T19:00:00Z"),
        publisher: "Example Check",
        lang: "en",
      },
    ]);
    expect(await db.notice.count()).toBe(0);
    expect(await db.review.count()).toBe(0);

    const audits = await db.auditEvent.findMany({
      where: { action: { startsWith: "archive.import" } },
      select: { action: true, actorName: true },
    });
    expect(audits.filter((a) => a.action === "archive.import.record")).toHaveLength(3);
    expect(audits.filter((a) => a.action === "archive.import")).toEqual([
      { action: "archive.import", actorName: "archivist" },
    ]);
    // Rejected records are kept with their raw text, to fix and re-run.
    const kept = await db.ingestError.findMany({
      where: { runId: report.runId },
      select: { location: true, raw: true },
    });
    expect(
      kept.map((e) => [
        e.location,
        Buffer.from(e.raw ?? [])
          .toString("utf8")
          .includes("Spicy"),
      ]),
    ).toEqual([
      ["claims[2].claimReview[0]", true],
      ["claims[3].claimReview[0]", false],
    ]);
  });

  it("creates nothing when the same archive is imported again, and imports only what a fixed file adds", async () => {
    const { db } = database;
    await importFactChecks(db, ARCHIVIST, "cli", fixture("fact-check-tools.json"));
    const counts = async () =>
      Promise.all([db.claim.count(), db.item.count(), db.importedNotice.count(), db.itemFingerprint.count()]);
    const before = await counts();
    const again = await importFactChecks(db, ARCHIVIST, "cli", fixture("fact-check-tools.json"));
    expect(again).toMatchObject({ imported: 0, alreadyImported: 3, rejected: 2, claims: [] });
    expect(await counts()).toEqual(before);
    const fixed = await importFactChecks(db, ARCHIVIST, "cli", fixture("fact-check-tools.json"), {
      labelMap: { Spicy: "misleading" },
    });
    expect(fixed).toMatchObject({ imported: 1, alreadyImported: 3, rejected: 1 });
  });

  it("imports the ClaimReview JSON-LD of saved pages and JSON Lines dumps, each bad record located", async () => {
    const { db } = database;
    const page = await importFactChecks(db, ARCHIVIST, "dashboard", fixture("saved-review-page.html"));
    expect(page).toMatchObject({ format: "html", imported: 1, rejected: 1 });
    expect(page.errors.map((e) => [e.location, e.code])).toEqual([["JSON-LD block 1", "badJsonLd"]]);
    expect(
      await db.importedNotice.findFirstOrThrow({
        where: { runId: page.runId },
        select: { appearanceUrl: true, claimant: true, label: true },
      }),
    ).toEqual({
      appearanceUrl: "https://t.me/some_channel/1234",
      claimant: "Анонимный блогер",
      label: "Ложь",
    });
    const lines = await importFactChecks(db, ARCHIVIST, "cli", fixture("claim-reviews.jsonl"));
    expect(lines).toMatchObject({ format: "jsonl", imported: 2, rejected: 2 });
    expect(lines.errors.map((e) => [e.location, e.code])).toEqual([
      ["line 3", "notJson"],
      ["line 4", "noClaimReviews"],
    ]);
  });

  it("keeps the verdict of a claim the desk already judged, and records the import beside it", async () => {
    const { db } = database;
    const review = {
      "@type": "ClaimReview",
      url: "https://example-check.org/bread-prices",
      claimReviewed: "Нан бағасы келесі айдан бастап екі есе қымбаттайды деп әлеуметтік желілерде хабарлама тарады",
      reviewRating: { alternateName: "Жалған" },
    };
    const first = await importFactChecks(db, ARCHIVIST, "cli", json("a.json", review));
    const claimId = first.claims[0]?.claimId as string;
    const second = await importFactChecks(
      db,
      ARCHIVIST,
      "cli",
      json("b.json", { ...review, url: "https://other.example/bread", reviewRating: { alternateName: "Рас" } }),
    );
    expect(second.claims).toEqual([{ location: "ClaimReview", claimId, verdict: "verified", verdictApplied: false }]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { verdict: true } })).toEqual({
      verdict: "fake",
    });
    expect(await db.importedNotice.count({ where: { claimId } })).toBe(2);
  });
});

describe("[IMPORT][RESURFACING] an imported fake resurfaces when a copy is ingested", () => {
  const database = useTestDatabase();

  it("fingerprints the imported claim like any item: a later copy in the news joins it and resurfaces it", async () => {
    const { db } = database;
    const report = await importFactChecks(db, ARCHIVIST, "cli", fixture("fact-check-tools.json"));
    const claimId = report.claims[0]?.claimId as string;
    const copy = channelPost(
      "almaty_segodnya",
      501,
      "⚡️ Срочно! В Алматы с понедельника вводят полный карантин, выезд из города будет закрыт на две недели, сообщает акимат. Перешлите родным!",
      "2026-03-16T08:00:00Z",
    );
    const ingested = await ingestInputs(db, SYSTEM_ACTOR, "cli", [copy]);
    expect(ingested.accepted).toBe(1);
    const item = await db.item.findUniqueOrThrow({
      where: { id: ingested.items[0]?.id as string },
      select: { claimId: true },
    });
    expect(item.claimId).toBe(claimId);
    expect(
      await db.claim.findUniqueOrThrow({
        where: { id: claimId },
        select: { resurfaced: true, verdict: true, itemCount: true },
      }),
    ).toEqual({
      resurfaced: true,
      verdict: "fake",
      itemCount: 2,
    });
  });
});

describe("[IMPORT][RECLUSTER] re-clustering leaves an imported claim's items where they are", () => {
  const database = useTestDatabase();

  it("keeps the items of a claim with an imported notice, as it keeps a published claim's", async () => {
    const { db } = database;
    await importFactChecks(db, ARCHIVIST, "cli", fixture("saved-review-page.html"));
    const report = await reclusterClaims(db, SYSTEM_ACTOR, { dryRun: true });
    expect(report).toMatchObject({ examined: 1, kept: 1, moves: [] });
  });
});
