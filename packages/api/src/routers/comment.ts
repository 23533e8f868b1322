import type { TRPCRouterRecord } from "@trpc/server";
import { ZAddCommentInput, ZClaimRef, ZComment, ZPerson } from "@tekser/contracts";
import { z } from "zod";
import { addComment, listComments, mentionablePeople } from "@tekser/domain/review/comments.ts";
import { staffProcedure, workerProcedure } from "../trpc.ts";

export const commentRouter = {
  list: staffProcedure
    .input(ZClaimRef)
    .output(z.array(ZComment))
    .query(({ ctx, input }) => listComments(ctx.db, input.claimId)),

  add: workerProcedure
    .input(ZAddCommentInput)
    .output(ZComment)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.actor, input)),

  people: staffProcedure.output(z.array(ZPerson)).query(({ ctx }) => mentionablePeople(ctx.db)),
} satisfies TRPCRouterRecord;
