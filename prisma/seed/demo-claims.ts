import {
  approveVerdict,
  correctNotice,
  publishNotice,
  recordAudit,
  submitVerdict,
  transitionClaim,
  type Actor,
  type PublishingDeps,
} from "@tekser/domain";
import { searchText } from "@tekser/claims";
import type { TClaimEvent } from "@tekser/contracts";
import type { ClaimStatus, Db } from "@tekser/db";
import type { TDemoClaim } from "./demo-files.ts";

type UserActor = Actor & { id: string };

export interface DemoActors {
  seed: Actor;
  reviewer: UserActor;
  editor: UserActor;
}

/**
 * Gathers the claim's items into one claim (the demo's stand-in for clustering), then walks it
 * through the real review services to its demo status, so the audit trail is the real one.
 */
export async function applyDemoClaim(
  db: Db,
  actors: DemoActors,
  demo: TDemoClaim,
  itemIds: string[],
  publishing: PublishingDeps,
): Promise<string> {
  const claimId = await gatherItems(db, actors.seed, demo, itemIds);
  if (demo.status === "new") return claimId;
  if (!demo.verdict) {
    await setStatus(db, actors.seed, claimId, demo);
    return claimId;
  }
  if (!demo.rationale || !demo.evidence?.length) {
    throw new Error(`demo claim ${demo.claimKey} has a verdict but no rationale and evidence`);
  }
  const { reviewId } = await submitVerdict(db, actors.reviewer, {
    claimId,
    revision: 0,
    verdict: demo.verdict,
    rationale: demo.rationale,
    evidence: demo.evidence,
  });
  if (demo.status === "awaiting_second_review") return claimId;
  await approveVerdict(db, actors.editor, { reviewId, comment: "Дереккөздер тексерілді" });
  if (demo.status === "decided") return claimId;
  for (const lang of ["kk", "ru", "en"] as const) {
    const text = demo.notice?.[lang];
    if (text) await publishNotice(db, actors.editor, { claimId, lang, ...text }, publishing);
  }
  for (const { lang, changeNote, ...text } of demo.corrections ?? []) {
    const notice = await db.notice.findUniqueOrThrow({
      where: { claimId_lang: { claimId, lang } },
      select: { id: true, currentVersion: true },
    });
    await correctNotice(
      db,
      actors.editor,
      { noticeId: notice.id, expectedVersion: notice.currentVersion, changeNote, ...text },
      publishing,
    );
  }
  // A reopened claim was published once; new evidence sent it back to the queue.
  if (demo.status === "reopened") await setStatus(db, actors.seed, claimId, demo);
  return claimId;
}

async function gatherItems(db: Db, seed: Actor, demo: TDemoClaim, itemIds: string[]): Promise<string> {
  return db.$transaction(async (tx) => {
    const items = await tx.item.findMany({
      where: { id: { in: itemIds } },
      select: { id: true, claimId: true, publishedAt: true, ingestedAt: true },
    });
    const primary = items.find((item) => item.claimId)?.claimId;
    if (!primary) throw new Error(`demo claim ${demo.claimKey}: none of its items started a claim`);
    const absorbed = [
      ...new Set(items.map((item) => item.claimId).filter((id): id is string => id !== null && id !== primary)),
    ];
    await tx.item.updateMany({ where: { id: { in: itemIds } }, data: { claimId: primary } });
    await tx.claim.deleteMany({ where: { id: { in: absorbed } } });
    const firstSeenAt = new Date(Math.min(...items.map((item) => (item.publishedAt ?? item.ingestedAt).getTime())));
    await tx.claim.update({
      where: { id: primary },
      data: {
        title: demo.title,
        searchTitle: searchText(demo.title),
        lang: demo.lang,
        priority: demo.priority,
        firstSeenAt,
      },
    });
    await recordAudit(tx, seed, {
      action: "claim.merge",
      subjectType: "claim",
      subjectId: primary,
      after: { items: itemIds, absorbedClaims: absorbed, title: demo.title },
      reason: "Demo data: copies of one claim",
    });
    return primary;
  });
}

/** The event that takes a claim to a demo status the review services above do not reach, and the action the dashboard records for it. */
const DEMO_STATUS_EVENTS: Partial<
  Record<ClaimStatus, { event: TClaimEvent; action: "claim.lock" | "claim.close" | "claim.reopen" }>
> = {
  in_review: { event: "startWork", action: "claim.lock" },
  closed: { event: "close", action: "claim.close" },
  reopened: { event: "reopen", action: "claim.reopen" },
};

async function setStatus(db: Db, seed: Actor, claimId: string, demo: TDemoClaim): Promise<void> {
  const step = DEMO_STATUS_EVENTS[demo.status];
  if (!step) throw new Error(`demo claim ${demo.claimKey}: no event leads to the status ${demo.status}`);
  await db.$transaction(async (tx) => {
    const { before } = await transitionClaim(tx, claimId, step.event, {
      changes: { closeReason: demo.closeReason ?? null },
    });
    await recordAudit(tx, seed, {
      action: step.action,
      subjectType: "claim",
      subjectId: claimId,
      before: { status: before.status },
      after: { status: demo.status },
      reason: demo.closeReason ?? "Demo data",
    });
  });
}
