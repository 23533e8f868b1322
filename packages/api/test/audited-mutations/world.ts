import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { Db } from "@tekser/db";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs } from "@tekser/domain/ingest/ingest.ts";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { loggedIn } from "../harness.ts";

const demoPagesDir = new URL("../../../../prisma/seed-data/pages/", import.meta.url);

type Session = Awaited<ReturnType<typeof loggedIn>>;
interface FreshClaim {
  id: string;
  revision: number;
  lang: string;
}

/** Users, claims, notices and tokens the mutation cases share; built once per test file. */
export interface AuditWorld {
  db: Db;
  reviewer: Session;
  editor: Session;
  auditor: Session;
  admin: Session;
  /** A claim nobody has touched yet, with its current revision and language. */
  freshClaim(): Promise<FreshClaim>;
  /** A fresh claim with a verdict awaiting second review. */
  pendingReview(): Promise<{ claimId: string; reviewId: string; lang: string }>;
  /** A fresh claim whose verdict passed second review: ready to publish. */
  approvedClaim(): Promise<{ claimId: string; lang: string }>;
  /** A fresh claim published as version 1 of a notice. */
  publishedNotice(): Promise<{ claimId: string; noticeId: string; version: number }>;
  /** A newsroom API token just issued by the admin. */
  issuedToken(): Promise<{ id: string; newsroom: string }>;
}

/** Words nobody else uses, so the item starts a claim of its own instead of joining a cluster. */
function unclusterableText(): string {
  return Array.from({ length: 16 }, () => randomBytes(4).toString("hex")).join(" ");
}

export async function buildAuditWorld(db: Db): Promise<AuditWorld> {
  const [reviewer, editor, auditor, admin] = [
    await loggedIn(db, "reviewer"),
    await loggedIn(db, "editor"),
    await loggedIn(db, "auditor"),
    await loggedIn(db, "admin"),
  ];
  // The demo pages make realistic claims; when the cases need more, single posts are ingested.
  const pages = readdirSync(demoPagesDir).map((name) => ({ name, bytes: readFileSync(new URL(name, demoPagesDir)) }));
  await ingestInputs(db, SYSTEM_ACTOR, "cli", pages);
  const used = new Set<string>();
  const claimSelect = { id: true, revision: true, lang: true } as const;

  async function ingestedClaim(): Promise<FreshClaim> {
    const [itemId] = await ingestItems(db, parsedItem({ site: "t.me/audit-coverage", text: unclusterableText() }));
    const claimId = itemId ? await claimOf(db, itemId) : null;
    if (!claimId || used.has(claimId)) throw new Error("the ingested post did not start a claim of its own");
    return db.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect });
  }

  const world: AuditWorld = {
    db,
    reviewer,
    editor,
    auditor,
    admin,
    async freshClaim() {
      const claim =
        (await db.claim.findFirst({ where: { status: "new", id: { notIn: [...used] } }, select: claimSelect })) ??
        (await ingestedClaim());
      used.add(claim.id);
      return claim;
    },
    async pendingReview() {
      const claim = await world.freshClaim();
      const { reviewId } = await reviewer.caller.review.setVerdict({
        claimId: claim.id,
        revision: claim.revision,
        verdict: "fake",
        rationale: "No such decision was published.",
        evidence: [{ url: "https://gov.kz/", note: "" }],
      });
      return { claimId: claim.id, reviewId, lang: claim.lang };
    },
    async approvedClaim() {
      const pending = await world.pendingReview();
      await editor.caller.review.approve({ reviewId: pending.reviewId });
      return { claimId: pending.claimId, lang: pending.lang };
    },
    async publishedNotice() {
      const approved = await world.approvedClaim();
      const { noticeId } = await editor.caller.notice.publish({
        claimId: approved.claimId,
        lang: approved.lang as "kk",
        headline: "Жалған",
        summary: "Мұндай шешім жоқ.",
      });
      return { claimId: approved.claimId, noticeId, version: 1 };
    },
    async issuedToken() {
      const { id, newsroom } = await admin.caller.newsroom.issueToken({
        newsroom: `Newsroom ${randomBytes(3).toString("hex")}`,
      });
      return { id, newsroom };
    },
  };
  return world;
}

export interface MutationCase {
  /** The audit action the call must write (in the same transaction as its change). */
  action: string;
  /** Set-up whose events do not count (e.g. a verdict to approve); its result goes to `call`. */
  prepare?: (world: AuditWorld) => Promise<unknown>;
  /** Calls the mutation once with valid input as a role allowed to. */
  call: (world: AuditWorld, prepared: never) => Promise<unknown>;
}

export function mutationCase<P>(entry: {
  action: string;
  prepare: (world: AuditWorld) => Promise<P>;
  call: (world: AuditWorld, prepared: P) => Promise<unknown>;
}): MutationCase {
  return entry;
}
