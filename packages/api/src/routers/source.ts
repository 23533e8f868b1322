import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZSourceAddInput,
  ZSourceEditInput,
  ZSourceListInput,
  ZSourceListOutput,
  ZSourceRow,
  ZSourceSetEnabledInput,
} from "@tekser/contracts";
import { addSource, editSource, listSources, setSourceEnabled } from "@tekser/domain/ingest/sources.ts";
import { reviewerProcedure } from "../trpc.ts";

export const sourceRouter = {
  list: reviewerProcedure
    .input(ZSourceListInput)
    .output(ZSourceListOutput)
    .query(({ ctx, input }) => listSources(ctx.db, input)),
  add: reviewerProcedure
    .input(ZSourceAddInput)
    .output(ZSourceRow)
    .mutation(({ ctx, input }) => addSource(ctx.db, ctx.actor, input, ctx.outbound)),
  edit: reviewerProcedure
    .input(ZSourceEditInput)
    .output(ZSourceRow)
    .mutation(({ ctx, input }) => editSource(ctx.db, ctx.actor, input, ctx.outbound)),
  setEnabled: reviewerProcedure
    .input(ZSourceSetEnabledInput)
    .output(ZSourceRow)
    .mutation(({ ctx, input }) => setSourceEnabled(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
