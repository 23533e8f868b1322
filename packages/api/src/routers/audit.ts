import type { TRPCRouterRecord } from "@trpc/server";
import { ZAuditListInput, ZAuditListOutput } from "@tekser/contracts";
import { listAuditEvents } from "../services/audit-query.ts";
import { auditorProcedure } from "../trpc.ts";

export const auditRouter = {
  list: auditorProcedure
    .input(ZAuditListInput)
    .output(ZAuditListOutput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
} satisfies TRPCRouterRecord;
