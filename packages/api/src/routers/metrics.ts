import type { TRPCRouterRecord } from "@trpc/server";
import { ZMetrics, ZMetricsInput } from "@tekser/contracts";
import { loadMetrics } from "@tekser/domain/review/metrics.ts";
import { staffProcedure } from "../trpc.ts";

export const metricsRouter = {
  overview: staffProcedure
    .input(ZMetricsInput)
    .output(ZMetrics)
    .query(({ ctx, input }) => loadMetrics(ctx.db, input)),
} satisfies TRPCRouterRecord;
