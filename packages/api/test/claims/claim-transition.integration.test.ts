import { mayFire, ROLES, type TClaimEvent } from "@tekser/contracts";
import { connectionPool, inSqlTransaction, type Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";
import { decidedSeedClaim, submittedSeedClaim } from "../claim-flow.ts";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { lockAuditChain } from "@tekser/domain/audit/audit-log.ts";
import { activeSigningKey } from "@tekser/domain/publish/signing-keys.ts";

/**
 * Holds the audit chain's lock from a connection of its own until `release` is called: every
 * state change appends to the chain last, so a change started meanwhile stops there with its
 * rows written and its transaction open — a commit that is "in flight" for as long as we like.
 */
async function holdAuditChain(db: Db): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  const holding = inSqlTransaction(connectionPool(db), async (tx) => {
    await lockAuditChain(tx);
    held();
    await released;
  });
  await isHeld;
  return {
    async release() {
      release();
      await holding;
    },
  };
}

/** Polls until `count` backends of this database wait for a lock: the interleaving is then fixed. */
async function untilWaitingOnLocks(db: Db, count: number): Promise<void> {
  for (;;) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Each race gets a database of its own: the seed page's claim must start from the same status.
describe("[CLAIMS][TRANSITIONS] publish vs reopen: a claim's status changes one transaction at a time", () => {
  const database = useTestDatabase();

  it("a publish racing a reopen that commits first is refused with CONFLICT instead of overwriting it", async () => {
    const { db } = database;
    const { reviewer, editor, claimId } = await decidedSeedClaim(db);
    const { revision } = await reviewer.caller.claim.byId({ id: claimId });
    // The first publication creates the signing key and audits it; made now, so that the only
    // thing the publish below can wait for is the claim.
    await activeSigningKey(db);

    const chain = await holdAuditChain(db);
    // The reopen locks the claim, writes "reopened" and stops at the audit chain, uncommitted.
    const reopen = reviewer.caller.workflow.reopen({ claimId, revision, reason: "New evidence surfaced" });
    await untilWaitingOnLocks(db, 1);
    // The publish starts while the reopen is in flight, and has to wait for the claim's row.
    const publish = editor.caller.notice.publish({
      claimId,
      lang: "kk",
      headline: "Штаб құрылды",
      summary: "Расталды.",
    });
    const outcomes = Promise.all([reopen, refusal(publish)]);
    await untilWaitingOnLocks(db, 2);
    await chain.release();

    const [, publishRefusal] = await outcomes;
    // Serially, reopen then publish: a reopened claim has no approved verdict to publish.
    expect(publishRefusal).toMatchObject({
      code: "CONFLICT",
      appCode: "INVALID_TRANSITION",
      message: expect.stringContaining("reopened"),
    });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { status: true, revision: true, notices: { select: { id: true } } },
    });
    expect(claim).toEqual({ status: "reopened", revision: revision + 1, notices: [] });
    const events = await db.auditEvent.findMany({
      where: { action: { in: ["claim.reopen", "notice.publish"] } },
      select: { action: true },
    });
    expect(events.map((event) => event.action)).toEqual(["claim.reopen"]);
  });
});

describe("[CLAIMS][TRANSITIONS] merge vs publish: both claims are locked before the merge reads them", () => {
  const database = useTestDatabase();

  it("a merge racing a publish that commits first is refused instead of closing a published claim", async () => {
    const { db } = database;
    const { reviewer, editor, claimId } = await decidedSeedClaim(db);
    const [otherItem] = await ingestItems(
      db,
      parsedItem({
        site: "vlast.kz",
        lang: "ru",
        text: "В Алматы открыли новую станцию метро «Сарыарка» на линии до Калкамана.",
      }),
    );
    const otherClaim = (await claimOf(db, otherItem!))!;
    await activeSigningKey(db);

    const chain = await holdAuditChain(db);
    // The publish locks the claim, writes "published" and its notice, and stops at the audit chain.
    const publish = editor.caller.notice.publish({
      claimId,
      lang: "kk",
      headline: "Штаб құрылды",
      summary: "Расталды.",
    });
    await untilWaitingOnLocks(db, 1);
    const merge = reviewer.caller.claim.merge({ sourceId: claimId, targetId: otherClaim, reason: "Same story" });
    const outcomes = Promise.all([publish, refusal(merge)]);
    await untilWaitingOnLocks(db, 2);
    await chain.release();

    const [, mergeRefusal] = await outcomes;
    // Serially, publish then merge: a claim with a published notice is never merged away.
    expect(mergeRefusal).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("published notices") });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { status: true, mergedIntoId: true, _count: { select: { items: true, notices: true } } },
    });
    expect(claim).toEqual({
      status: "published",
      mergedIntoId: null,
      _count: { items: expect.any(Number), notices: 1 },
    });
    expect(claim._count.items).toBeGreaterThan(0);
  });
});

describe("[CLAIMS][TRANSITIONS] the transition table refuses what it does not list", () => {
  const database = useTestDatabase();

  it("refuses, from the transition table, a verdict approval on a claim merged away meanwhile", async () => {
    const { db } = database;
    const { reviewer, editor, claimId, reviewId } = await submittedSeedClaim(db);
    const [otherItem] = await ingestItems(
      db,
      parsedItem({
        site: "vlast.kz",
        lang: "ru",
        text: "В Алматы открыли новую станцию метро «Сарыарка» на линии до Калкамана.",
      }),
    );
    const otherClaim = (await claimOf(db, otherItem!))!;
    await reviewer.caller.claim.merge({ sourceId: claimId, targetId: otherClaim, reason: "Same story" });

    expect(await refusal(editor.caller.review.approve({ reviewId, comment: "Checked" }))).toMatchObject({
      code: "CONFLICT",
      appCode: "INVALID_TRANSITION",
      message: "A verdict cannot be approved while the claim is closed",
    });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { status: true, verdict: true, mergedIntoId: true },
    });
    expect(claim).toEqual({ status: "closed", verdict: null, mergedIntoId: otherClaim });
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).toEqual({
      status: "submitted",
    });
  });
});

describe("[CLAIMS][TRANSITIONS] who may fire each transition comes from the table", () => {
  const database = useTestDatabase();
  // Ids of nothing: a permitted caller gets past the role check and is told the claim is not there.
  const claimId = "00000000-0000-4000-8000-000000000001";
  const otherId = "00000000-0000-4000-8000-000000000002";
  type Caller = Awaited<ReturnType<typeof loggedIn>>["caller"];
  const fire: Record<Exclude<TClaimEvent, "absorb" | "importVerdict">, (caller: Caller) => Promise<unknown>> = {
    startWork: (caller) => caller.workflow.lock({ claimId }),
    submitVerdict: (caller) =>
      caller.review.setVerdict({
        claimId,
        revision: 0,
        verdict: "fake",
        rationale: "Refuted",
        evidence: [{ url: "https://www.gov.kz/", note: "Statement" }],
      }),
    approve: (caller) => caller.review.approve({ reviewId: claimId }),
    sendBack: (caller) => caller.review.sendBack({ reviewId: claimId, comment: "Add a source" }),
    publish: (caller) => caller.notice.publish({ claimId, lang: "kk", headline: "Headline", summary: "Summary" }),
    close: (caller) => caller.workflow.close({ claimId, reason: "not_a_claim", note: "Not a claim" }),
    reopen: (caller) => caller.workflow.reopen({ claimId, reason: "New evidence" }),
    merge: (caller) => caller.claim.merge({ sourceId: claimId, targetId: otherId, reason: "Same story" }),
  };

  it("refuses every role the table does not name with FORBIDDEN, and lets the others through to the claim", async () => {
    const { db } = database;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const role of ROLES) {
      const { caller } = await loggedIn(db, role);
      for (const [event, call] of Object.entries(fire) as [keyof typeof fire, (caller: Caller) => Promise<unknown>][]) {
        outcomes.push(
          `${role} ${event}: ${(await refusal(call(caller))).code === "FORBIDDEN" ? "forbidden" : "allowed"}`,
        );
        expected.push(`${role} ${event}: ${mayFire(role, event) ? "allowed" : "forbidden"}`);
      }
    }
    expect(outcomes).toEqual(expected);
    // The table itself, as the server applies it (a change to it shows here).
    expect(outcomes.filter((line) => line.endsWith("allowed"))).toEqual([
      ...Object.keys(fire).map((event) => `admin ${event}: allowed`),
      "reviewer startWork: allowed",
      "reviewer submitVerdict: allowed",
      "reviewer approve: allowed",
      "reviewer sendBack: allowed",
      "reviewer close: allowed",
      "reviewer reopen: allowed",
      "reviewer merge: allowed",
      "editor startWork: allowed",
      "editor approve: allowed",
      "editor sendBack: allowed",
      "editor publish: allowed",
      "editor close: allowed",
      "editor reopen: allowed",
    ]);
  });
});
