import type { TRPCRouterRecord } from "@trpc/server";
import { ZSourceAddInput, ZSourceListInput, ZSourceListOutput, ZSourceRow } from "@tekser/contracts";
import { addSource, listSources } from "../services/sources.ts";
import { reviewerProcedure } from "../trpc.ts";
import { actorOf } from "./auth.ts";

export const sourceRouter = {
  list: reviewerProcedure
    .input(ZSourceListInput)
    .output(ZSourceListOutput)
    .query(({ ctx, input }) => listSources(ctx.db, input)),
  add: reviewerProcedure
    .input(ZSourceAddInput)
    .output(ZSourceRow)
    .mutation(({ ctx, input }) => addSource(ctx.db, actorOf(ctx.user), input, ctx.outbound)),
} satisfies TRPCRouterRecord;
