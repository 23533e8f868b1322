import type { TRPCRouterRecord } from "@trpc/server";
import { ZIngestPasteInput, ZIngestReport } from "@tekser/contracts";
import { ingestInputs } from "@tekser/domain/ingest/ingest.ts";
import { reviewerProcedure } from "../trpc.ts";

export const ingestRouter = {
  /** Pasted text or an uploaded file's content from the dashboard. */
  paste: reviewerProcedure
    .input(ZIngestPasteInput)
    .output(ZIngestReport)
    .mutation(({ ctx, input }) =>
      ingestInputs(ctx.db, ctx.actor, "dashboard", [
        { name: input.name, bytes: new TextEncoder().encode(input.content) },
      ]),
    ),
} satisfies TRPCRouterRecord;
