import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZChecklistItem,
  ZDecideReviewInput,
  ZReturnReviewInput,
  ZSaveChecklistInput,
  ZSetVerdictInput,
} from "@tekser/contracts";
import { reviewChecklist, saveReviewChecklist } from "@tekser/domain/review/checklist.ts";
import { approveVerdict, returnVerdict, submitVerdict } from "@tekser/domain/review/review.ts";
import { adminProcedure, staffProcedure, transitionProcedure } from "../trpc.ts";

export const reviewRouter = {
  setVerdict: transitionProcedure("submitVerdict")
    .input(ZSetVerdictInput)
    .mutation(({ ctx, input }) => submitVerdict(ctx.db, ctx.actor, input, ctx.outbound)),

  approve: transitionProcedure("approve")
    .input(ZDecideReviewInput)
    .mutation(async ({ ctx, input }) => {
      await approveVerdict(ctx.db, ctx.actor, input);
      return { ok: true };
    }),

  sendBack: transitionProcedure("sendBack")
    .input(ZReturnReviewInput)
    .mutation(async ({ ctx, input }) => {
      await returnVerdict(ctx.db, ctx.actor, input);
      return { ok: true };
    }),

  checklist: staffProcedure.output(ZChecklistItem.array()).query(({ ctx }) => reviewChecklist(ctx.db)),

  saveChecklist: adminProcedure
    .input(ZSaveChecklistInput)
    .output(ZChecklistItem.array())
    .mutation(({ ctx, input }) => saveReviewChecklist(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
