import { z } from "zod";
import { ROLES } from "./enums.ts";
import { tablePage, tableQuery } from "./table.ts";

/** Server-side filters of the audit log; the export takes the same ones. */
export const auditFilterShape = {
  /** An action code (exactly), a stage of AUDIT_STAGES (its actions), or the beginning of codes ("claim."). */
  action: z.string().trim().max(100),
  actor: z.string().trim().max(100),
  subjectId: z.string().trim().max(100),
  /** The actor's role at the time; "system" for events without a role (jobs, the CLI, start-up). */
  role: z.enum([...ROLES, "system"]),
  /** Every event about one claim: its own, its documents' and its notices' (see claimEventsWhere). */
  claimId: z.uuid(),
  /** Inclusive bounds, ISO 8601 (a bare date means its start, UTC; `to` a bare date its end). */
  from: z.iso.date().or(z.iso.datetime({ offset: true })),
  to: z.iso.date().or(z.iso.datetime({ offset: true })),
};
export const ZAuditFilters = z.object(auditFilterShape).partial();
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZAuditListInput = tableQuery(["seq"], auditFilterShape);
export type TAuditListInput = z.input<typeof ZAuditListInput>;

export const ZAuditEventRow = z.object({
  seq: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  hash: z.string(),
  prevHash: z.string(),
});
export type TAuditEventRow = z.infer<typeof ZAuditEventRow>;
/** One field an event changed; `before`/`after` absent when the field was added or removed. */
export const ZFieldChange = z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

/**
 * An event as the log's screens show it: with the top-level fields it changed and its subject's
 * readable name today (a claim's title, a notice's headline, a person's name), when it has one.
 */
export const ZAuditEventWithChanges = ZAuditEventRow.extend({
  changes: z.array(ZFieldChange),
  subjectTitle: z.string().nullable(),
});
export type TAuditEventWithChanges = z.infer<typeof ZAuditEventWithChanges>;

export const ZAuditListOutput = tablePage(ZAuditEventWithChanges);

// ─── Chain verification and signed checkpoints ─────────────────────

export const ZChainProblem = z.enum(["altered", "missing", "reordered", "head-mismatch"]);

export const ZChainVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  head: z.object({ seq: z.string(), hash: z.string() }).nullable(),
  /** The first broken event, what is wrong with it, and a sentence a person can act on. */
  firstBreak: z.object({ seq: z.string(), problem: ZChainProblem, message: z.string() }).nullable(),
  checkpoint: z.object({ seq: z.string(), matched: z.boolean() }).nullable(),
});
export type TChainVerifyResult = z.infer<typeof ZChainVerifyResult>;

/** What a checkpoint signs: strings for the counters, so no JSON number loses precision. */
export const ZCheckpointStatement = z.object({
  seq: z.string().regex(/^\d+$/),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.string().regex(/^\d+$/),
  at: z.string(),
});
export type TCheckpointStatement = z.infer<typeof ZCheckpointStatement>;

/** A published checkpoint: the statement and its detached Ed25519 signature (key in /.well-known/jwks.json). */
export const ZSignedCheckpoint = ZCheckpointStatement.extend({
  signature: z.object({ alg: z.literal("Ed25519"), kid: z.string(), sig: z.string() }),
});
export type TSignedCheckpoint = z.infer<typeof ZSignedCheckpoint>;

export const ZVerifyChainInput = z.object({ checkpointSeq: z.string().regex(/^\d+$/).optional() }).default({});

// ─── Claim timeline ──────────────────────────────────────────────────────────

export const ZClaimTimelineInput = z.object({ claimId: z.uuid() });

export const ZClaimTimeline = z.object({
  claimId: z.string(),
  title: z.string().nullable(),
  /** Oldest first: from the first ingest to the latest publication or correction. */
  entries: z.array(ZAuditEventWithChanges),
});
export type TClaimTimeline = z.infer<typeof ZClaimTimeline>;
