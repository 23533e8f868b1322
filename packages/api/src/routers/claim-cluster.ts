import {
  ZClaimAppearances,
  ZClaimById,
  ZClaimEditResult,
  ZClaimMergeInput,
  ZClaimSplitInput,
  ZSearchInput,
  ZSearchOutput,
  ZSimilarClaims,
} from "@tekser/contracts";
import { getAppearances } from "@tekser/domain/claims/claim-appearances.ts";
import { mergeClaims, splitItem } from "@tekser/domain/review/claim-edits.ts";
import { searchItems } from "@tekser/domain/claims/claim-search.ts";
import { similarClaims } from "@tekser/domain/claims/claim-similar.ts";
import { reviewerProcedure, staffProcedure, transitionProcedure } from "../trpc.ts";

/** Claims: appearances, merge/split, similar claims, search. Spread into claimRouter. */
export const claimClusterProcedures = {
  appearances: staffProcedure
    .input(ZClaimById)
    .output(ZClaimAppearances)
    .query(({ ctx, input }) => getAppearances(ctx.db, input.id)),

  similar: staffProcedure
    .input(ZClaimById)
    .output(ZSimilarClaims)
    .query(({ ctx, input }) => similarClaims(ctx.db, input.id)),

  search: staffProcedure
    .input(ZSearchInput)
    .output(ZSearchOutput)
    .query(({ ctx, input }) => searchItems(ctx.db, input)),

  merge: transitionProcedure("merge")
    .input(ZClaimMergeInput)
    .output(ZClaimEditResult)
    .mutation(({ ctx, input }) => mergeClaims(ctx.db, ctx.actor, input)),

  split: reviewerProcedure
    .input(ZClaimSplitInput)
    .output(ZClaimEditResult)
    .mutation(({ ctx, input }) => splitItem(ctx.db, ctx.actor, input)),
};
