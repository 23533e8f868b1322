import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import {
  claimOf,
  ingestItems,
  ingestPensionTrio,
  parsedItem,
  PENSION_NEAR_MISS,
} from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

async function refusalCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error.code;
}

describe("[CLAIMS][MERGE-SPLIT][RESURFACE] human decisions on clusters", () => {
  const database = useTestDatabase();

  it("merges two claims and splits an item out, audited, and clustering keeps the split", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const { originalId, copyId, otherId } = await ingestPensionTrio(db);
    const pensionClaim = (await claimOf(db, originalId))!;
    const otherClaim = (await claimOf(db, otherId))!;
    expect(otherClaim).not.toBe(pensionClaim);

    expect(
      await refusalCode(
        editor.caller.claim.merge({ sourceId: otherClaim, targetId: pensionClaim, reason: "same story" }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await refusalCode(
        reviewer.caller.claim.merge({ sourceId: pensionClaim, targetId: pensionClaim, reason: "same" }),
      ),
    ).toBe("BAD_REQUEST");

    await reviewer.caller.claim.merge({
      sourceId: otherClaim,
      targetId: pensionClaim,
      reason: "Both are about pensions",
    });
    expect(await claimOf(db, otherId)).toBe(pensionClaim);
    const merged = await db.claim.findUniqueOrThrow({
      where: { id: otherClaim },
      select: { status: true, mergedIntoId: true },
    });
    expect(merged).toEqual({ status: "closed", mergedIntoId: pensionClaim });
    const target = await db.claim.findUniqueOrThrow({ where: { id: pensionClaim }, select: { firstSeenAt: true } });
    expect(target.firstSeenAt.toISOString()).toBe("2026-03-10T06:00:00.000Z");
    expect(
      await refusalCode(reviewer.caller.claim.merge({ sourceId: otherClaim, targetId: pensionClaim, reason: "again" })),
    ).toBe("CONFLICT");

    const { claimId: splitClaim } = await reviewer.caller.claim.split({
      itemId: otherId,
      reason: "Different claim after all",
    });
    expect(await claimOf(db, otherId)).toBe(splitClaim);
    expect(await db.item.findUniqueOrThrow({ where: { id: otherId }, select: { clusterPinned: true } })).toEqual({
      clusterPinned: true,
    });

    // A new copy of the split-out item follows it to its own claim; nothing moves back.
    const [laterCopy] = await ingestItems(
      db,
      parsedItem({ site: "t.me/another", text: `${PENSION_NEAR_MISS}\n#жаңалық` }),
    );
    expect(await claimOf(db, laterCopy!)).toBe(splitClaim);
    expect(await claimOf(db, otherId)).toBe(splitClaim);
    expect(await claimOf(db, copyId)).toBe(pensionClaim);

    const actions = await db.auditEvent.findMany({
      where: { action: { in: ["claim.merge", "claim.split"] } },
      select: { action: true, actorName: true, reason: true },
    });
    expect(actions).toEqual([
      { action: "claim.merge", actorName: reviewer.user.username, reason: "Both are about pensions" },
      { action: "claim.split", actorName: reviewer.user.username, reason: "Different claim after all" },
    ]);
    await reviewer.caller.claim.split({ itemId: laterCopy!, reason: "Posted separately" });
    expect(await refusalCode(reviewer.caller.claim.split({ itemId: otherId, reason: "alone" }))).toBe("CONFLICT");
  });

  it("flags a claim already judged fake as resurfaced when a new copy arrives", async () => {
    const { db } = database;
    const text = "Срочно: с понедельника в Алматы вводят комендантский час с десяти вечера, сообщили в акимате.";
    const [firstId] = await ingestItems(db, parsedItem({ site: "t.me/almaty", lang: "ru", text }));
    const claimId = (await claimOf(db, firstId!))!;
    await db.claim.update({ where: { id: claimId }, data: { verdict: "fake", status: "published" } });

    const [againId] = await ingestItems(
      db,
      parsedItem({ site: "t.me/news_kz", lang: "ru", text: `Это правда? 😳\n${text}` }),
    );
    expect(await claimOf(db, againId!)).toBe(claimId);
    const reviewer = await loggedIn(db, "reviewer");
    const queue = await reviewer.caller.claim.list({ filters: { text: "комендантский" } });
    expect(queue.rows).toMatchObject([{ id: claimId, resurfaced: true, verdict: "fake" }]);
    const view = await reviewer.caller.claim.appearances({ id: claimId });
    expect(view).toMatchObject({ resurfaced: true, verdict: "fake" });
    expect(await db.auditEvent.count({ where: { action: "claim.resurfaced", subjectId: claimId } })).toBe(1);
  });
});
