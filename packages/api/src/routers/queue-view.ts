import type { TRPCRouterRecord } from "@trpc/server";
import { ZQueueView, ZSaveQueueViewInput } from "@tekser/contracts";
import { z } from "zod";
import { deleteQueueView, listQueueViews, saveQueueView } from "@tekser/domain/review/queue-views.ts";
import { staffProcedure } from "../trpc.ts";

/** Each user's saved queue views (their own only). */
export const queueViewRouter = {
  list: staffProcedure.output(z.array(ZQueueView)).query(({ ctx }) => listQueueViews(ctx.db, ctx.user.id)),
  save: staffProcedure
    .input(ZSaveQueueViewInput)
    .output(ZQueueView)
    .mutation(({ ctx, input }) => saveQueueView(ctx.db, ctx.actor, input)),
  delete: staffProcedure.input(z.object({ id: z.uuid() })).mutation(async ({ ctx, input }) => {
    await deleteQueueView(ctx.db, ctx.actor, input.id);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
