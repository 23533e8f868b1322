import { z } from "zod";
import type { TAuditSubjectType } from "./audit-vocabulary.ts";
import type { TRole } from "./enums.ts";

/** One audited change as announced to open dashboards (no payload: clients refetch what they show). */
export const ZChangeEvent = z.object({
  seq: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  actorId: z.string().nullable(),
});
export type TChangeEvent = z.infer<typeof ZChangeEvent>;

/**
 * Tells a dashboard to refetch because changes may have gone unannounced to it:
 * - `subscribed`: the first message of every stream, sent once it listens. Whatever the page
 *   fetched before (on load, or before a dropped stream came back) may predate a change.
 * - `listener_reconnected`: the server's database listener was away and is back, so the
 *   dashboard refetches everything it shows.
 */
export const ZResyncEvent = z.object({
  resync: z.literal(true),
  reason: z.enum(["subscribed", "listener_reconnected"]),
});
export type TResyncEvent = z.infer<typeof ZResyncEvent>;

/** What a dashboard's event stream carries. */
export type TRealtimeEvent = TChangeEvent | TResyncEvent;

export const SUBSCRIBED_EVENT: TResyncEvent = { resync: true, reason: "subscribed" };

export function isResyncEvent(event: TRealtimeEvent): event is TResyncEvent {
  return "resync" in event;
}

const CLAIM_WORK: readonly TAuditSubjectType[] = ["claim", "notice", "rawDocument", "ingestRun", "source", "team"];
const AUDIT_WORK: readonly TAuditSubjectType[] = ["audit_checkpoint", "audit_log"];

/**
 * Which announced changes each role's event stream carries, by the audited subject's type. A
 * dashboard only refetches claim work; account events (logins, failed logins, role changes), API
 * tokens, webhooks and signing keys are for administrators alone. A subject type not listed
 * here reaches nobody, so a new kind of event stays private until it is added.
 */
export const REALTIME_SUBJECTS_BY_ROLE: Record<TRole, readonly TAuditSubjectType[]> = {
  reviewer: CLAIM_WORK,
  editor: CLAIM_WORK,
  auditor: [...CLAIM_WORK, ...AUDIT_WORK],
  admin: [...CLAIM_WORK, ...AUDIT_WORK, "user", "api_token", "webhook", "signing_key", "queueView"],
};

/**
 * Subjects about one person (the subject id is a user id): a user's own notifications, and their
 * being read, reach only that user's dashboards, whatever the role.
 */
export const PERSONAL_REALTIME_SUBJECTS: readonly TAuditSubjectType[] = ["notification"];

export function mayReceiveChange(user: { id: string; role: TRole }, change: TChangeEvent): boolean {
  if ((PERSONAL_REALTIME_SUBJECTS as readonly string[]).includes(change.subjectType))
    return change.subjectId === user.id;
  return (REALTIME_SUBJECTS_BY_ROLE[user.role] as readonly string[]).includes(change.subjectType);
}
