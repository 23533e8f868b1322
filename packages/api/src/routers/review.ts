import type { TRPCRouterRecord } from "@trpc/server";
import { ZDecideReviewInput, ZReturnReviewInput, ZSetVerdictInput } from "@tekser/contracts";
import { approveVerdict, returnVerdict, submitVerdict } from "@tekser/domain/review/review.ts";
import { transitionProcedure } from "../trpc.ts";
import { actorOf } from "./auth.ts";

export const reviewRouter = {
  setVerdict: transitionProcedure("submitVerdict")
    .input(ZSetVerdictInput)
    .mutation(({ ctx, input }) => submitVerdict(ctx.db, actorOf(ctx.user), input, ctx.outbound)),

  approve: transitionProcedure("approve")
    .input(ZDecideReviewInput)
    .mutation(async ({ ctx, input }) => {
      await approveVerdict(ctx.db, actorOf(ctx.user), input);
      return { ok: true };
    }),

  sendBack: transitionProcedure("sendBack")
    .input(ZReturnReviewInput)
    .mutation(async ({ ctx, input }) => {
      await returnVerdict(ctx.db, actorOf(ctx.user), input);
      return { ok: true };
    }),
} satisfies TRPCRouterRecord;
