import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZClaimStatus } from "./enums.ts";
import { ZRevisionNumber } from "./bounds.ts";

/** Priority 1 is the most urgent; 2 is the default for new claims. */
export const PRIORITIES = [1, 2, 3, 4] as const;
export const ZPriority = z
  .number()
  .int()
  .min(1, validationMessage("claim.priorityOutOfRange"))
  .max(4, validationMessage("claim.priorityOutOfRange"));

export const CLOSE_REASONS = ["not_a_claim", "duplicate"] as const;
export const ZCloseReason = z.enum(CLOSE_REASONS);
export type TCloseReason = z.infer<typeof ZCloseReason>;

const claimId = z.uuid();
/** The claim revision the user saw; omitted only by actions that cannot lose anyone's work. */
const revision = ZRevisionNumber;

export const ZAssignInput = z.object({ claimId, assigneeId: z.uuid().nullable() });
export type TAssignInput = z.infer<typeof ZAssignInput>;

export const ZClaimRef = z.object({ claimId });

export const ZLockInput = z.object({
  claimId,
  /** Take the lock from a colleague whose lock has not expired yet (audited). */
  takeOver: z.boolean().default(false),
});
export type TLockInput = z.input<typeof ZLockInput>;

export const ZSetPriorityInput = z.object({ claimId, priority: ZPriority });

export const ZCloseInput = z.object({
  claimId,
  revision: revision.optional(),
  reason: ZCloseReason,
  note: z.string().trim().min(1, validationMessage("claim.closeNoteRequired")).max(2000),
  duplicateOfId: z.uuid().optional(),
});
export type TCloseInput = z.infer<typeof ZCloseInput>;

export const ZReopenInput = z.object({
  claimId,
  revision: revision.optional(),
  reason: z.string().trim().min(1, validationMessage("claim.reopenReasonRequired")).max(2000),
});
export type TReopenInput = z.infer<typeof ZReopenInput>;

export const ZBulkAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assign"), assigneeId: z.uuid().nullable() }),
  z.object({ type: z.literal("priority"), priority: ZPriority }),
  z.object({
    type: z.literal("close"),
    reason: ZCloseReason,
    note: z.string().trim().min(1, validationMessage("claims.closeNoteRequired")).max(2000),
  }),
  z.object({ type: z.literal("tag"), tagId: z.uuid() }),
  z.object({ type: z.literal("untag"), tagId: z.uuid() }),
]);
export type TBulkAction = z.infer<typeof ZBulkAction>;

export const ZBulkInput = z.object({
  claimIds: z.array(z.uuid()).min(1, validationMessage("claims.selectionRequired")).max(200),
  action: ZBulkAction,
});
export type TBulkInput = z.infer<typeof ZBulkInput>;

export const ZPerson = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

/** Who works on a claim right now: assignee, soft lock, and where it stands. */
export const ZWorkState = z.object({
  claimId: z.string(),
  status: ZClaimStatus,
  priority: z.number().int(),
  revision: z.number().int(),
  closeReason: z.string().nullable(),
  assignee: ZPerson.nullable(),
  /** Null when nobody holds the lock or it has expired. */
  lock: z.object({ holder: ZPerson, until: z.string() }).nullable(),
});
export type TWorkState = z.infer<typeof ZWorkState>;

export const ZAddCommentInput = z.object({
  claimId,
  body: z.string().trim().min(1, validationMessage("comment.bodyRequired")).max(10_000),
});

export const ZComment = z.object({
  id: z.string(),
  body: z.string(),
  author: ZPerson,
  mentions: z.array(ZPerson),
  createdAt: z.string(),
});
export type TComment = z.infer<typeof ZComment>;

export const ZTeamSettings = z.object({
  reviewersMayApprove: z.boolean(),
  lockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Admins and editors must sign in with two factors. */
  requireTotpForAdminsAndEditors: z.boolean(),
});
export type TTeamSettings = z.infer<typeof ZTeamSettings>;
export const ZUpdateTeamSettingsInput = ZTeamSettings.partial();

/** A saved queue view: the queue's URL query (filters, sort, page size) and the column layout. */
export const ZQueueViewState = z.object({
  query: z.string().max(4000),
  columnOrder: z.array(z.string().max(50)).max(30),
  hiddenColumns: z.array(z.string().max(50)).max(30),
});
export type TQueueViewState = z.infer<typeof ZQueueViewState>;
export const ZSaveQueueViewInput = z.object({
  name: z.string().trim().min(1, validationMessage("queueView.nameRequired")).max(80),
  state: ZQueueViewState,
});
export const ZQueueView = z.object({ id: z.string(), name: z.string(), state: ZQueueViewState });
export type TQueueView = z.infer<typeof ZQueueView>;
