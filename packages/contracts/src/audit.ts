import { z } from "zod";
import { tablePage, tableQuery } from "./table.ts";

export const ZAuditListInput = tableQuery(["seq"], {
  action: z.string().trim().max(100),
  actor: z.string().trim().max(100),
  subjectId: z.string().trim().max(100),
});
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
export const ZAuditListOutput = tablePage(ZAuditEventRow);
