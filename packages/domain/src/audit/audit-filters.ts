import { auditActionsOfStage, isAuditAction, isAuditStage, type TAuditFilters } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";

/**
 * Every event about one claim: events on the claim itself, on its notices, and any event whose
 * `after` names it (`claimId`, or `claims` as ingest.document lists the claims it started).
 */
export async function claimEventsWhere(db: Db, claimId: string): Promise<Prisma.AuditEventWhereInput> {
  const notices = await db.notice.findMany({ where: { claimId }, select: { id: true } });
  return {
    OR: [
      { subjectType: "claim", subjectId: claimId },
      ...(notices.length > 0 ? [{ subjectType: "notice", subjectId: { in: notices.map((notice) => notice.id) } }] : []),
      { after: { path: ["claimId"], equals: claimId } },
      { after: { path: ["claims"], array_contains: [claimId] } },
    ],
  };
}

/** A bare date as the start (or, for an upper bound, the end) of that day in UTC. */
function bound(value: string, end: boolean): Date {
  if (value.length > 10) return new Date(value);
  return new Date(`${value}T${end ? "23:59:59.999" : "00:00:00.000"}Z`);
}

/** One action of the vocabulary exactly, every action of a stage, or (any other text) the codes it begins. */
function actionCondition(action: string): Prisma.AuditEventWhereInput {
  if (isAuditAction(action)) return { action };
  if (isAuditStage(action)) return { action: { in: auditActionsOfStage(action) } };
  return { action: { startsWith: action } };
}

/** The audit log's server-side filters as one Prisma condition (shared by the table and the export). */
export async function auditEventsWhere(db: Db, filters: TAuditFilters = {}): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.action) and.push(actionCondition(filters.action));
  if (filters.actor) and.push({ actorName: filters.actor });
  if (filters.subjectId) and.push({ subjectId: filters.subjectId });
  if (filters.role) and.push({ actorRole: filters.role === "system" ? null : filters.role });
  if (filters.from || filters.to) {
    and.push({
      at: {
        ...(filters.from ? { gte: bound(filters.from, false) } : {}),
        ...(filters.to ? { lte: bound(filters.to, true) } : {}),
      },
    });
  }
  if (filters.claimId) and.push(await claimEventsWhere(db, filters.claimId));
  return and.length > 0 ? { AND: and } : {};
}

/** True when no filter narrows the log: an export of it is the whole chain. */
export function isUnfiltered(filters: TAuditFilters = {}): boolean {
  return Object.values(filters).every((value) => value === undefined || value === "");
}
