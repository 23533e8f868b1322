import type { TAuditEventRow, TAuditListInput } from "@tekser/contracts";
import { ZAuditListInput } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { chainEventSelect } from "./audit-verify.ts";

export async function listAuditEvents(db: Db, rawInput: TAuditListInput): Promise<{ rows: TAuditEventRow[]; rowCount: number }> {
  const input = ZAuditListInput.parse(rawInput);
  const filters = input.filters ?? {};
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.actor ? { actorName: filters.actor } : {}),
    ...(filters.subjectId ? { subjectId: filters.subjectId } : {}),
  };
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
  return {
    rowCount,
    rows: rows.map((row) => ({ ...row, seq: row.seq.toString(), at: row.at.toISOString() })),
  };
}
