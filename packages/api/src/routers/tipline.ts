import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZClaimById,
  ZClaimTip,
  ZEraseTipSenderInput,
  ZMetricsInput,
  ZTiplineStatus,
  ZTipMetrics,
  ZUpdateTiplineSettingsInput,
} from "@tekser/contracts";
import { z } from "zod";
import { AppError } from "@tekser/domain/shared/errors.ts";
import { tipsOfClaim } from "@tekser/domain/tipline/claim-tips.ts";
import { loadTipMetrics } from "@tekser/domain/tipline/tip-metrics.ts";
import { eraseSender } from "@tekser/domain/tipline/tip-senders.ts";
import { tiplineStatus, updateTiplineSettings } from "@tekser/domain/tipline/tipline-settings.ts";
import { pollTelegramJob } from "@tekser/domain/tipline/tipline-worker.ts";
import { adminProcedure, staffProcedure } from "../trpc.ts";

export const tiplineRouter = {
  status: adminProcedure.output(ZTiplineStatus).query(({ ctx }) => tiplineStatus(ctx.db)),
  updateSettings: adminProcedure
    .input(ZUpdateTiplineSettingsInput)
    .output(ZTiplineStatus)
    .mutation(async ({ ctx, input }) => {
      const status = await updateTiplineSettings(ctx.db, ctx.actor, input, {
        outbound: ctx.outbound,
        baseUrl: ctx.site.baseUrl,
      });
      // A new token, or polling again, is read at once rather than at the next minute's restart of the poll chain.
      if (status.botTokenSet && status.delivery === "polling") await ctx.publishing.jobs?.send(pollTelegramJob, {});
      return status;
    }),
  /** The deletion path: the tip's sender can no longer be reached; the tips' text stays. */
  eraseSender: adminProcedure
    .input(ZEraseTipSenderInput)
    .output(z.object({ tips: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const tip = await ctx.db.tip.findUnique({ where: { id: input.tipId }, select: { senderId: true } });
      if (!tip?.senderId)
        throw new AppError("TIP_NOT_FOUND", `No tip with a sender has id ${input.tipId}`, { tipId: input.tipId });
      return eraseSender(ctx.db, ctx.actor, tip.senderId);
    }),
  ofClaim: staffProcedure
    .input(ZClaimById)
    .output(z.array(ZClaimTip))
    .query(({ ctx, input }) => tipsOfClaim(ctx.db, input.id)),
  /** For the metrics page, beside metrics.overview over the same range. */
  metrics: staffProcedure
    .input(ZMetricsInput)
    .output(ZTipMetrics)
    .query(({ ctx, input }) => loadTipMetrics(ctx.db, input)),
} satisfies TRPCRouterRecord;
