import { TRPCError } from "@trpc/server";
import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";

const evidence = [{ url: "https://stat.gov.kz/", note: "Official figures" }];

async function newClaim(db: Db) {
  return db.claim.create({
    data: { title: "Зейнетақы жасы 70-ке көтеріледі", lang: "kk", firstSeenAt: new Date() },
    select: { id: true, revision: true },
  });
}

describe("[REVIEW][CHECKLIST] the team's review checklist is enforced by the server and kept with the verdict", () => {
  const database = useTestDatabase();

  it("refuses a verdict missing a required tick, naming the item; stores the ticks with their texts when complete", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    expect(await refusal(reviewer.caller.review.saveChecklist({ items: [] }))).toMatchObject({ code: "FORBIDDEN" });
    const [contacted, reverse, archived] = await admin.caller.review.saveChecklist({
      items: [
        { text: "Source contacted", required: true },
        { text: "Image reverse-searched", required: true },
        { text: "Original post archived", required: false },
      ],
    });
    if (!contacted || !reverse || !archived) throw new Error("the checklist was not saved");
    expect(await reviewer.caller.review.checklist()).toEqual([contacted, reverse, archived]);

    const claim = await newClaim(db);
    const verdict = {
      claimId: claim.id,
      revision: claim.revision,
      verdict: "fake" as const,
      rationale: "No such law was passed",
      evidence,
    };
    const refused = await reviewer.caller.review
      .setVerdict({ ...verdict, checklist: [contacted.id, archived.id] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    const cause = (refused as TRPCError).cause as { code: string; details: Record<string, unknown> } | undefined;
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
    expect(cause?.code).toBe("CHECKLIST_INCOMPLETE");
    expect(cause?.details).toMatchObject({ field: "checklist", missingIds: [reverse.id] });
    expect((refused as TRPCError).message).toContain("Image reverse-searched");
    expect((refused as TRPCError).message).not.toContain("Source contacted");
    // Nothing was written: the claim still waits for a verdict.
    expect((await reviewer.caller.claim.byId({ id: claim.id })).reviews).toEqual([]);
    expect(await refusal(reviewer.caller.review.setVerdict(verdict))).toMatchObject({
      appCode: "CHECKLIST_INCOMPLETE",
    });

    await reviewer.caller.review.setVerdict({ ...verdict, checklist: [reverse.id, contacted.id] });
    const [review] = (await editor.caller.claim.byId({ id: claim.id })).reviews;
    expect(review?.checklist).toEqual([
      { itemId: contacted.id, text: "Source contacted", required: true, ticked: true },
      { itemId: reverse.id, text: "Image reverse-searched", required: true, ticked: true },
      { itemId: archived.id, text: "Original post archived", required: false, ticked: false },
    ]);
    const submitted = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: claim.id, action: "review.submit" },
      select: { after: true },
    });
    expect(submitted.after).toMatchObject({
      checklist: [
        { text: "Source contacted", required: true, ticked: true },
        { text: "Image reverse-searched", required: true, ticked: true },
        { text: "Original post archived", required: false, ticked: false },
      ],
    });
  });

  it("keeps a past verdict's ticks as written when the checklist changes later, and audits the change", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const [item] = await admin.caller.review.saveChecklist({ items: [{ text: "Source contacted", required: true }] });
    if (!item) throw new Error("the checklist was not saved");
    const claim = await newClaim(db);
    await reviewer.caller.review.setVerdict({
      claimId: claim.id,
      revision: claim.revision,
      verdict: "verified",
      rationale: "Confirmed",
      evidence,
      checklist: [item.id],
    });

    const after = await admin.caller.review.saveChecklist({
      items: [
        { id: item.id, text: "Source called by phone", required: false },
        { text: "Second source found", required: true },
      ],
    });
    expect(after.map((entry) => entry.text)).toEqual(["Source called by phone", "Second source found"]);
    expect(after[0]?.id).toBe(item.id);
    const [review] = (await reviewer.caller.claim.byId({ id: claim.id })).reviews;
    expect(review?.checklist).toEqual([{ itemId: item.id, text: "Source contacted", required: true, ticked: true }]);
    const change = await db.auditEvent.findFirstOrThrow({
      where: { action: "checklist.update" },
      orderBy: { seq: "desc" },
      select: { before: true, after: true },
    });
    expect(change.before).toEqual([{ id: item.id, text: "Source contacted", required: true }]);
    expect(change.after).toMatchObject([
      { id: item.id, text: "Source called by phone", required: false },
      { text: "Second source found", required: true },
    ]);
  });

  it("refuses a tick on an item that is no longer on the checklist", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const [gone] = await admin.caller.review.saveChecklist({ items: [{ text: "Soon removed", required: false }] });
    if (!gone) throw new Error("the checklist was not saved");
    await admin.caller.review.saveChecklist({ items: [] });
    const claim = await newClaim(db);
    const refused = await refusal(
      reviewer.caller.review.setVerdict({
        claimId: claim.id,
        revision: claim.revision,
        verdict: "fake",
        rationale: "r",
        evidence,
        checklist: [gone.id],
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", appCode: "CHECKLIST_CHANGED" });
    expect(refused.message).toMatch(/checklist changed/);
  });
});
