import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";

const database = useTestDatabase();

async function newClaim(db: Db, title = "Алматыда метро ертеңнен жабылады") {
  return db.claim.create({
    data: { title, lang: "kk", firstSeenAt: new Date() },
    select: { id: true, revision: true },
  });
}

async function unread(session: Awaited<ReturnType<typeof loggedIn>>) {
  return session.caller.notification.list({ unreadOnly: true });
}

describe("[REVIEW][NOTIFICATIONS] the notification centre", () => {
  it("tells a colleague they were assigned a claim, and nobody about their own assignment", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const claim = await newClaim(db);

    await reviewer.caller.workflow.assign({ claimId: claim.id, assigneeId: editor.user.id });
    await reviewer.caller.workflow.assignToMe({ claimId: (await newClaim(db)).id });

    const inbox = await unread(editor);
    expect(inbox.unread).toBe(1);
    expect(inbox.rows).toMatchObject([
      {
        kind: "assigned",
        claimId: claim.id,
        read: false,
        actor: { username: reviewer.user.username },
        detail: { claimTitle: "Алматыда метро ертеңнен жабылады" },
      },
    ]);
    expect((await unread(reviewer)).unread).toBe(0);
  });

  it("tells the people an @mention names, with the comment's text, and not its author", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer", "aigerim");
    const named = await loggedIn(db, "editor", "dana.s");
    const bystander = await loggedIn(db, "reviewer", "bolat");
    const claim = await newClaim(db);

    await author.caller.comment.add({
      claimId: claim.id,
      body: "@dana.s мына дереккөзді қарап шықшы, @aigerim өзім жазам",
    });

    expect((await unread(named)).rows).toMatchObject([
      {
        kind: "mentioned",
        claimId: claim.id,
        detail: { excerpt: "@dana.s мына дереккөзді қарап шықшы, @aigerim өзім жазам" },
      },
    ]);
    expect((await unread(author)).unread).toBe(0);
    expect((await unread(bystander)).unread).toBe(0);
  });

  it("tells the qualified second reviewers a verdict waits for them, and its author when it is sent back", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const auditor = await loggedIn(db, "auditor");
    const claim = await newClaim(db);

    const { reviewId } = await author.caller.review.setVerdict({
      claimId: claim.id,
      revision: claim.revision,
      verdict: "fake",
      rationale: "Метрополитен бұл туралы хабарламаған.",
      evidence: [{ url: "https://metroalmaty.kz/", note: "" }],
    });
    expect((await unread(editor)).rows).toMatchObject([{ kind: "secondReviewWaiting", claimId: claim.id }]);
    expect((await unread(author)).unread).toBe(0);
    expect((await unread(auditor)).unread).toBe(0);

    await editor.caller.review.sendBack({ reviewId, comment: "Дереккөз жеткіліксіз: ресми хабарламаны қосыңыз" });
    expect((await unread(author)).rows).toMatchObject([
      {
        kind: "verdictReturned",
        claimId: claim.id,
        detail: { excerpt: "Дереккөз жеткіліксіз: ресми хабарламаны қосыңыз" },
      },
    ]);
  });

  it("writes no notification when the change that would cause it rolls back", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const claim = await newClaim(db);
    // Claims are changed in id order: the real claim is assigned (and its notification written)
    // before the missing one fails the batch, which rolls back as a whole.
    const missing = "ffffffff-ffff-4fff-bfff-ffffffffffff";

    expect(
      await refusal(
        reviewer.caller.workflow.bulk({
          claimIds: [claim.id, missing],
          action: { type: "assign", assigneeId: editor.user.id },
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await unread(editor)).unread).toBe(0);
    await reviewer.caller.workflow.bulk({
      claimIds: [claim.id],
      action: { type: "assign", assigneeId: editor.user.id },
    });
    expect((await unread(editor)).unread).toBe(1);
  });

  it("marks one's own notifications read, one or all, and cannot touch a colleague's", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    for (let i = 0; i < 3; i++)
      await reviewer.caller.workflow.assign({ claimId: (await newClaim(db)).id, assigneeId: editor.user.id });
    const [newest] = (await unread(editor)).rows;
    if (!newest) throw new Error("no notification");

    expect(await refusal(reviewer.caller.notification.markRead({ id: newest.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await editor.caller.notification.markRead({ id: newest.id });
    const afterOne = await editor.caller.notification.list({ unreadOnly: false });
    expect(afterOne.unread).toBe(2);
    expect(afterOne.rows.find((row) => row.id === newest.id)?.read).toBe(true);

    expect(await editor.caller.notification.markAllRead()).toEqual({ marked: 2 });
    expect((await unread(editor)).unread).toBe(0);
  });
});
