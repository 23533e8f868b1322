import type { TAuditListInput, TClaimTimeline, TAuditEventWithChanges } from "@tekser/contracts";
import { ZAuditListInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { auditEventsWhere, claimEventsWhere } from "./audit-filters.ts";
import { auditSubjectTitles } from "./audit-subject-titles.ts";
import { chainEventSelect, toStoredEvent } from "./audit-verify.ts";
import { fieldChanges } from "./field-changes.ts";

type ChainRow = Parameters<typeof toStoredEvent>[0];

/** Rows as the screens show them: each with its field changes and its subject's readable name. */
async function forReaders(db: Db, rows: ChainRow[]): Promise<TAuditEventWithChanges[]> {
  const titles = await auditSubjectTitles(db, rows);
  return rows.map((row) => ({
    ...toStoredEvent(row),
    changes: fieldChanges(row.before, row.after),
    subjectTitle: titles.get(`${row.subjectType}:${row.subjectId}`) ?? null,
  }));
}

/** A page of the log, newest first unless asked otherwise, each event with the fields it changed. */
export async function listAuditEvents(
  db: Db,
  rawInput: TAuditListInput,
): Promise<{ rows: TAuditEventWithChanges[]; rowCount: number }> {
  const input = ZAuditListInput.parse(rawInput);
  const where = await auditEventsWhere(db, input.filters);
  const ascending = input.sort[0]?.desc === false;
  const [rows, rowCount] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { seq: ascending ? "asc" : "desc" },
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: chainEventSelect,
    }),
    db.auditEvent.count({ where }),
  ]);
  return { rowCount, rows: await forReaders(db, rows) };
}

/** A claim's history, oldest first, each event with the fields it changed. */
export async function claimTimeline(db: Db, claimId: string): Promise<TClaimTimeline> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { title: true } });
  const where = await claimEventsWhere(db, claimId);
  const rows = await db.auditEvent.findMany({ where, orderBy: { seq: "asc" }, take: 1000, select: chainEventSelect });
  if (!claim && rows.length === 0)
    throw new AppError("CLAIM_NOT_FOUND", `No claim ${claimId} and no events about it`, { claimId });
  return {
    claimId,
    title: claim?.title ?? null,
    entries: await forReaders(db, rows),
  };
}
