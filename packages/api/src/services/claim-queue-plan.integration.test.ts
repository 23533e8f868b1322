import { searchText } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/harness.ts";
import { everyQueuePage } from "../../test/queue-pages.ts";
import { chooseTextPlan } from "./claim-queue-plan.ts";
import { queueConditions } from "./claim-queue-sql.ts";

describe("[CLAIMS][QUEUE] choosing how to read a text filter with other filters", () => {
  const database = useTestDatabase();

  it("reads a common word through a rare filter, and a rare word through its text indexes, with the same rows", async () => {
    const { db } = database;
    // 200 claims, all with "метро" in an item; 10 decided, the rest new; "сирек" in three.
    const claims = Array.from({ length: 200 }, (_, index) => ({
      id: crypto.randomUUID(),
      title: `Жаңалық ${index}`,
      lang: "ru",
      status: index % 20 === 0 ? ("decided" as const) : ("new" as const),
      firstSeenAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
    }));
    await db.claim.createMany({ data: claims });
    await db.item.createMany({
      data: claims.map((claim, index) => {
        const text = `Новая станция метро ${index}${index % 70 === 1 ? " сирек" : ""}`;
        return { kind: "post" as const, site: "tengrinews.kz", text, searchText: searchText(text), lang: "ru", contentHash: `plan-${claim.id}`, claimId: claim.id };
      }),
    });
    await db.$executeRawUnsafe(`ANALYZE "Claim"`);
    const plan = (filters: NonNullable<TClaimListInput["filters"]>) => chooseTextPlan(db, queueConditions(filters, null), 1001);

    expect(await plan({ text: "метро", status: ["decided"] })).toBe("filters");
    expect(await plan({ text: "сирек", status: ["new"] })).toBe("words");
    expect(await plan({ text: "метро" })).toBe("words");

    const newestFirst = (filter: (index: number) => boolean) => claims.flatMap((claim, index) => (filter(index) ? [claim.id] : [])).reverse();
    for (const textPlan of ["words", "filters"] as const) {
      const limits = { countCap: 1000, fewMatches: 1001, textPlan };
      expect(await everyQueuePage(db, { filters: { text: "метро", status: ["decided"] } }, limits, 4)).toEqual(newestFirst((index) => index % 20 === 0));
      expect(await everyQueuePage(db, { filters: { text: "сирек", status: ["new"] } }, limits, 4)).toEqual(newestFirst((index) => index % 70 === 1));
    }
  });
});
