import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZDefineVerdictLabelInput,
  ZReorderVerdictLabelsInput,
  ZUpdateVerdictLabelInput,
  ZVerdictLabel,
  ZVerdictLabelRef,
} from "@tekser/contracts";
import {
  defineVerdictLabel,
  deleteVerdictLabel,
  listVerdictLabels,
  reorderVerdictLabels,
  setVerdictLabelRetired,
  updateVerdictLabel,
} from "@tekser/domain/review/verdict-scale.ts";
import { adminProcedure, staffProcedure } from "../trpc.ts";

/** The team's verdict scale: everyone reads it (the verdict form, badges); admins shape it. */
export const verdictScaleRouter = {
  list: staffProcedure.output(ZVerdictLabel.array()).query(({ ctx }) => listVerdictLabels(ctx.db)),

  define: adminProcedure
    .input(ZDefineVerdictLabelInput)
    .output(ZVerdictLabel)
    .mutation(({ ctx, input }) => defineVerdictLabel(ctx.db, ctx.actor, input)),

  update: adminProcedure
    .input(ZUpdateVerdictLabelInput)
    .output(ZVerdictLabel)
    .mutation(({ ctx, input }) => updateVerdictLabel(ctx.db, ctx.actor, input)),

  reorder: adminProcedure
    .input(ZReorderVerdictLabelsInput)
    .output(ZVerdictLabel.array())
    .mutation(({ ctx, input }) => reorderVerdictLabels(ctx.db, ctx.actor, input)),

  retire: adminProcedure
    .input(ZVerdictLabelRef)
    .output(ZVerdictLabel)
    .mutation(({ ctx, input }) => setVerdictLabelRetired(ctx.db, ctx.actor, input.labelId, true)),

  restore: adminProcedure
    .input(ZVerdictLabelRef)
    .output(ZVerdictLabel)
    .mutation(({ ctx, input }) => setVerdictLabelRetired(ctx.db, ctx.actor, input.labelId, false)),

  delete: adminProcedure.input(ZVerdictLabelRef).mutation(async ({ ctx, input }) => {
    await deleteVerdictLabel(ctx.db, ctx.actor, input.labelId);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
