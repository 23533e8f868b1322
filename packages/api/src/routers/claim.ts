import type { TRPCRouterRecord } from "@trpc/server";
import { ZClaimById, ZClaimDetail, ZClaimListInput, ZClaimListOutput } from "@tekser/contracts";
import { getClaim, listClaims } from "@tekser/domain/claims/claim-queue.ts";
import { staffProcedure } from "../trpc.ts";
import { claimClusterProcedures } from "./claim-cluster.ts";

export const claimRouter = {
  list: staffProcedure
    .input(ZClaimListInput)
    .output(ZClaimListOutput)
    .query(({ ctx, input }) => listClaims(ctx.db, input, ctx.user.id)),

  byId: staffProcedure
    .input(ZClaimById)
    .output(ZClaimDetail)
    .query(({ ctx, input }) => getClaim(ctx.db, input.id)),

  ...claimClusterProcedures,
} satisfies TRPCRouterRecord;
