import { findChainBreak } from "@tekser/audit";
import { CLAIM_STATUSES, VERDICTS } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { DEMO_USERS, loadDemoData } from "./index.ts";

const database = useTestDatabase();

describe("[DEMO] demo data", () => {
  it("fills every screen: claims in every status, a published notice per verdict, an intact audit chain", async () => {
    const { db } = database;
    const loaded = await loadDemoData(db);
    expect(loaded?.claims).toBeGreaterThanOrEqual(14);
    expect(loaded?.accounts.map((account) => account.username).sort()).toEqual(
      DEMO_USERS.map((demo) => demo.username).sort(),
    );
    expect(await db.user.count({ where: { mustChangePassword: false } })).toBe(0);

    const statuses = new Set((await db.claim.findMany({ select: { status: true } })).map((claim) => claim.status));
    expect([...statuses].sort()).toEqual([...CLAIM_STATUSES].sort());

    const noticeVerdicts = await db.noticeVersion.findMany({
      select: { verdict: true, notice: { select: { lang: true } } },
    });
    for (const verdict of VERDICTS) {
      expect(
        noticeVerdicts.filter((version) => version.verdict === verdict).map((version) => version.notice.lang),
      ).toEqual(expect.arrayContaining(["kk", "ru"]));
    }
    const corrected = await db.noticeVersion.findMany({
      where: { kind: "correction" },
      select: { changeNote: true, signature: true },
    });
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    expect(corrected.every((version) => version.changeNote && version.signature)).toBe(true);
    expect(await db.noticeVersion.count({ where: { signature: null } })).toBe(0);

    const seedArticle = await db.item.findFirst({
      where: { title: "Ақпараттық штаб жұмысын бастады", kind: "article" },
    });
    expect(seedArticle).toMatchObject({ lang: "kk", originalSource: "aikyn.kz", views: 99 });

    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    const chain = events.map((event) => ({ ...event, seq: event.seq.toString(), at: event.at.toISOString() }));
    expect(findChainBreak(chain)).toBeNull();

    expect(await loadDemoData(db)).toBeNull();
  });
});
