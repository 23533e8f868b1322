import { searchText } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { everyQueuePage } from "@tekser/domain/test/queue-pages.ts";
import { chooseTextPlan } from "@tekser/domain/claims/claim-queue-plan.ts";
import { queueConditions } from "@tekser/domain/claims/claim-queue-sql.ts";

/** 200 claims in `lang`, each with one item, newest last; `decided(index)` ones decided, the rest new. */
async function addClaims(db: Db, lang: string, text: (index: number) => string, decided: (index: number) => boolean) {
  const claims = Array.from({ length: 200 }, (_, index) => ({
    id: crypto.randomUUID(),
    title: `${lang} ${index}`,
    lang,
    status: decided(index) ? ("decided" as const) : ("new" as const),
    firstSeenAt: new Date(Date.UTC(lang === "ru" ? 2026 : 2025, 0, 1, 0, index)),
  }));
  await db.claim.createMany({ data: claims });
  await db.item.createMany({
    data: claims.map((claim, index) => ({
      kind: "post" as const,
      site: "tengrinews.kz",
      text: text(index),
      searchText: searchText(text(index)),
      lang,
      contentHash: `plan-${claim.id}`,
      claimId: claim.id,
    })),
  });
  return claims;
}

describe("[CLAIMS][QUEUE] choosing how to read a text filter with other filters", () => {
  const database = useTestDatabase();

  it("reads a common word through a rare filter, and a rare word through its text indexes, with the same rows", async () => {
    const { db } = database;
    // 200 Russian claims, all with "метро" in an item; 10 decided, the rest new; "сирек" in three.
    const claims = await addClaims(
      db,
      "ru",
      (index) => `Новая станция метро ${index}${index % 70 === 1 ? " сирек" : ""}`,
      (index) => index % 20 === 0,
    );
    // 200 Kazakh claims without "метро", one in ten decided.
    await addClaims(
      db,
      "kk",
      (index) => `Жаңа бекет ${index}`,
      (index) => index % 10 === 0,
    );
    await db.$executeRawUnsafe(`ANALYZE "Claim"`);
    const plan = (filters: NonNullable<TClaimListInput["filters"]>) =>
      chooseTextPlan(db, queueConditions(filters, null), 1001);

    expect(await plan({ text: "метро", status: ["decided"] })).toBe("filters");
    expect(await plan({ text: "сирек", status: ["new"] })).toBe("words");
    expect(await plan({ text: "метро" })).toBe("words");
    expect(await plan({ text: "метро", verdict: ["fake"] })).toBe("verdicts");
    // Taken as independent of the language, "метро" would be in half the Kazakh claims, and
    // the twenty decided ones the cheaper side; the Kazakh statistics know it is in none.
    expect(await plan({ text: "метро", lang: ["kk"], status: ["decided"] })).toBe("words");

    const newestFirst = (filter: (index: number) => boolean) =>
      claims.flatMap((claim, index) => (filter(index) ? [claim.id] : [])).reverse();
    for (const textPlan of ["words", "filters"] as const) {
      const limits = { countCap: 1000, fewMatches: 1001, textPlan };
      expect(await everyQueuePage(db, { filters: { text: "метро", status: ["decided"] } }, limits, 4)).toEqual(
        newestFirst((index) => index % 20 === 0),
      );
      expect(await everyQueuePage(db, { filters: { text: "сирек", status: ["new"] } }, limits, 4)).toEqual(
        newestFirst((index) => index % 70 === 1),
      );
      expect(
        await everyQueuePage(db, { filters: { text: "метро", lang: ["kk"], status: ["decided"] } }, limits, 4),
      ).toEqual([]);
    }
  });
});
