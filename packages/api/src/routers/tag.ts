import type { TRPCRouterRecord } from "@trpc/server";
import { PERMISSIONS, ZClaimTagInput, ZDefineTagInput, ZTag, ZTagRef, ZUpdateTagInput } from "@tekser/contracts";
import { setClaimTag } from "@tekser/domain/claims/claim-tags.ts";
import { defineTag, deleteTag, listTags, updateTag } from "@tekser/domain/claims/tag-definitions.ts";
import { adminProcedure, rolesProcedure, staffProcedure } from "../trpc.ts";

const taggerProcedure = rolesProcedure(...PERMISSIONS.tag);

/** The team's tags (defined by admins) and tagging one claim; many at once go through `workflow.bulk`. */
export const tagRouter = {
  list: staffProcedure.output(ZTag.array()).query(({ ctx }) => listTags(ctx.db)),

  define: adminProcedure
    .input(ZDefineTagInput)
    .output(ZTag)
    .mutation(({ ctx, input }) => defineTag(ctx.db, ctx.actor, input)),

  update: adminProcedure
    .input(ZUpdateTagInput)
    .output(ZTag)
    .mutation(({ ctx, input }) => updateTag(ctx.db, ctx.actor, input)),

  delete: adminProcedure.input(ZTagRef).mutation(({ ctx, input }) => deleteTag(ctx.db, ctx.actor, input.tagId)),

  addToClaim: taggerProcedure
    .input(ZClaimTagInput)
    .mutation(({ ctx, input }) => setClaimTag(ctx.db, ctx.actor, input, true)),

  removeFromClaim: taggerProcedure
    .input(ZClaimTagInput)
    .mutation(({ ctx, input }) => setClaimTag(ctx.db, ctx.actor, input, false)),
} satisfies TRPCRouterRecord;
