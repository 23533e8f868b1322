import type { TRPCRouterRecord } from "@trpc/server";
import { ZClaimMediaInput, ZClaimMediaOutput, ZQueueThumbnailsInput, ZQueueThumbnailsOutput } from "@tekser/contracts";
import { claimMedia, queueThumbnails } from "@tekser/domain/media/claim-media.ts";
import { staffProcedure } from "../trpc.ts";

export const mediaRouter = {
  forClaim: staffProcedure
    .input(ZClaimMediaInput)
    .output(ZClaimMediaOutput)
    .query(({ ctx, input }) => claimMedia(ctx.db, input.claimId)),

  queueThumbnails: staffProcedure
    .input(ZQueueThumbnailsInput)
    .output(ZQueueThumbnailsOutput)
    .query(({ ctx, input }) => queueThumbnails(ctx.db, input.claimIds)),
} satisfies TRPCRouterRecord;
