import { readdirSync, readFileSync } from "node:fs";
import type { Db } from "@tekser/db";
import { SYSTEM_ACTOR } from "../src/services/audit-log.ts";
import { ingestInputs } from "../src/services/ingest.ts";
import { callerFor, loggedIn, TEST_PASSWORD } from "./harness.ts";

const seedPage = readFileSync(new URL("../../../../shared/fixtures/qazaq24-article-page.txt", import.meta.url), "utf8");
const demoPagesDir = new URL("../../../prisma/seed-data/pages/", import.meta.url);

type Session = Awaited<ReturnType<typeof loggedIn>>;

/** Users and claims the mutation cases share; built once per test file. */
export interface AuditWorld {
  db: Db;
  reviewer: Session;
  editor: Session;
  auditor: Session;
  admin: Session;
  /** A claim nobody has touched yet, with its current revision and language. */
  freshClaim(): Promise<{ id: string; revision: number; lang: string }>;
  /** A fresh claim with a verdict awaiting second review. */
  pendingReview(): Promise<{ claimId: string; reviewId: string; lang: string }>;
}

export async function buildAuditWorld(db: Db): Promise<AuditWorld> {
  const [reviewer, editor, auditor, admin] = [
    await loggedIn(db, "reviewer"), await loggedIn(db, "editor"), await loggedIn(db, "auditor"), await loggedIn(db, "admin"),
  ];
  // The demo pages: one claim each, enough for every case that needs a fresh one.
  const pages = readdirSync(demoPagesDir).map((name) => ({ name, bytes: readFileSync(new URL(name, demoPagesDir)) }));
  await ingestInputs(db, SYSTEM_ACTOR, "cli", pages);
  const used = new Set<string>();
  const world: AuditWorld = {
    db,
    reviewer,
    editor,
    auditor,
    admin,
    async freshClaim() {
      const claim = await db.claim.findFirstOrThrow({ where: { status: "new", id: { notIn: [...used] } }, select: { id: true, revision: true, lang: true } });
      used.add(claim.id);
      return claim;
    },
    async pendingReview() {
      const claim = await world.freshClaim();
      const { reviewId } = await reviewer.caller.review.setVerdict({
        claimId: claim.id, revision: claim.revision, verdict: "fake", rationale: "No such decision was published.", evidence: [{ url: "https://gov.kz/", note: "" }],
      });
      return { claimId: claim.id, reviewId, lang: claim.lang };
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

function mutationCase<P>(entry: { action: string; prepare: (world: AuditWorld) => Promise<P>; call: (world: AuditWorld, prepared: P) => Promise<unknown> }): MutationCase {
  return entry as MutationCase;
}

/**
 * Every tRPC mutation and how to call it. audit-coverage.integration.test.ts fails when a
 * mutation is missing here or its call writes no event: adding a mutation means adding a row.
 */
export const AUDITED_MUTATIONS: Record<string, MutationCase> = {
  "auth.login": {
    action: "auth.login",
    call: (world) => callerFor(world.db, null).caller.auth.login({ username: world.reviewer.user.username, password: TEST_PASSWORD }),
  },
  "auth.logout": mutationCase({ action: "auth.logout", prepare: (world) => loggedIn(world.db, "editor"), call: (_world, session) => session.caller.auth.logout() }),
  "auth.changePassword": mutationCase({
    action: "auth.changePassword",
    prepare: (world) => loggedIn(world.db, "auditor"),
    call: (_world, session) => session.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }),
  }),
  "user.create": {
    action: "user.create",
    call: (world) => world.admin.caller.user.create({ username: `new-${Date.now()}`, displayName: "Жаңа", role: "reviewer", password: "first password 123" }),
  },
  "user.setRole": mutationCase({
    action: "user.setRole",
    prepare: (world) => loggedIn(world.db, "reviewer"),
    call: (world, session) => world.admin.caller.user.setRole({ userId: session.user.id, role: "editor", reason: "Moved to the editors' desk" }),
  }),
  "ingest.paste": {
    action: "ingest.run",
    call: (world) => world.reviewer.caller.ingest.paste({ name: "again.txt", content: seedPage }),
  },
  "review.setVerdict": mutationCase({
    action: "review.submit",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) =>
      world.reviewer.caller.review.setVerdict({
        claimId: claim.id, revision: claim.revision, verdict: "verified", rationale: "Confirmed by the source.", evidence: [{ url: "https://aikyn.kz/", note: "" }],
      }),
  }),
  "review.approve": mutationCase({
    action: "review.approve",
    prepare: (world) => world.pendingReview(),
    call: (world, pending) => world.editor.caller.review.approve({ reviewId: pending.reviewId }),
  }),
  "review.sendBack": mutationCase({
    action: "review.return",
    prepare: (world) => world.pendingReview(),
    call: (world, pending) => world.editor.caller.review.sendBack({ reviewId: pending.reviewId, comment: "Add the primary source." }),
  }),
  "notice.publish": mutationCase({
    action: "notice.publish",
    prepare: async (world) => {
      const pending = await world.pendingReview();
      await world.editor.caller.review.approve({ reviewId: pending.reviewId });
      return pending;
    },
    call: (world, pending) => world.editor.caller.notice.publish({ claimId: pending.claimId, lang: pending.lang as "kk", headline: "Жалған", summary: "Мұндай шешім жоқ." }),
  }),
  "audit.createCheckpoint": { action: "audit.checkpoint", call: (world) => world.auditor.caller.audit.createCheckpoint({}) },
};
