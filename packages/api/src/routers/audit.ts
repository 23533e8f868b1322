import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZAuditListInput,
  ZAuditListOutput,
  ZChainVerifyResult,
  ZClaimTimeline,
  ZClaimTimelineInput,
  ZSignedCheckpoint,
  ZVerifyChainInput,
} from "@tekser/contracts";
import { z } from "zod";
import { AppError } from "@tekser/domain/shared/errors.ts";
import { createCheckpoint, findCheckpoint, listCheckpoints } from "@tekser/domain/audit/audit-checkpoints.ts";
import { claimTimeline, listAuditEvents } from "@tekser/domain/audit/audit-query.ts";
import { toVerifyResult, verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";
import { auditorProcedure } from "../trpc.ts";

export const auditRouter = {
  list: auditorProcedure
    .input(ZAuditListInput)
    .output(ZAuditListOutput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, input)),

  /** One claim's history from first ingest to publication, each change as a field diff. */
  claimTimeline: auditorProcedure
    .input(ZClaimTimelineInput)
    .output(ZClaimTimeline)
    .query(({ ctx, input }) => claimTimeline(ctx.db, input.claimId)),

  /** Recomputes the whole chain (and checks it still contains the given, or latest, checkpoint). */
  verify: auditorProcedure
    .input(ZVerifyChainInput)
    .output(ZChainVerifyResult)
    .query(async ({ ctx, input }) => {
      const checkpoint = await findCheckpoint(ctx.db, input.checkpointSeq ?? null);
      if (input.checkpointSeq && !checkpoint)
        throw new AppError("CHECKPOINT_NOT_FOUND", `No checkpoint at event ${input.checkpointSeq}`, {
          seq: input.checkpointSeq,
        });
      const head = checkpoint ? { seq: checkpoint.seq, hash: checkpoint.headHash } : null;
      return toVerifyResult(await verifyStoredChain(ctx.db, { checkpoint: head }), head);
    }),

  checkpoints: auditorProcedure
    .input(z.object({}).default({}))
    .output(z.array(ZSignedCheckpoint))
    .query(({ ctx }) => listCheckpoints(ctx.db, 20)),

  createCheckpoint: auditorProcedure
    .input(z.object({}).default({}))
    .output(ZSignedCheckpoint)
    .mutation(async ({ ctx }) => {
      const { checkpoint } = await createCheckpoint(ctx.db, ctx.actor, { signingKeyPem: ctx.publishing.signingKeyPem });
      if (!checkpoint) throw new AppError("CONFLICT", "No checkpoint was created");
      return checkpoint;
    }),
} satisfies TRPCRouterRecord;
