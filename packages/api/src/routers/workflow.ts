import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZAssignInput,
  ZBulkInput,
  ZClaimRef,
  ZCloseInput,
  ZLockInput,
  ZReopenInput,
  ZSetPriorityInput,
  ZTeamSettings,
  ZUpdateTeamSettingsInput,
  ZWorkState,
} from "@tekser/contracts";
import { claimForChange } from "@tekser/domain/claims/claim-lock.ts";
import {
  assignIn,
  bulkChange,
  closeClaim,
  lockClaim,
  reopenClaim,
  setPriorityIn,
  unlockClaim,
  workState,
} from "@tekser/domain/review/claim-work.ts";
import { teamSettings, updateTeamSettings } from "@tekser/domain/review/team-settings.ts";
import { adminProcedure, staffProcedure, transitionProcedure, workerProcedure } from "../trpc.ts";

/** Who works on which claim: assignment, soft locks, priority, closing and reopening. */
export const workflowRouter = {
  state: staffProcedure
    .input(ZClaimRef)
    .output(ZWorkState)
    .query(({ ctx, input }) => workState(ctx.db, input.claimId)),

  assign: workerProcedure.input(ZAssignInput).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) =>
      assignIn(tx, ctx.actor, await claimForChange(tx, input.claimId), input.assigneeId),
    );
    return workState(ctx.db, input.claimId);
  }),

  assignToMe: workerProcedure.input(ZClaimRef).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) =>
      assignIn(tx, ctx.actor, await claimForChange(tx, input.claimId), ctx.user.id),
    );
    return workState(ctx.db, input.claimId);
  }),

  unassign: workerProcedure.input(ZClaimRef).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) => assignIn(tx, ctx.actor, await claimForChange(tx, input.claimId), null));
    return workState(ctx.db, input.claimId);
  }),

  lock: workerProcedure.input(ZLockInput).mutation(({ ctx, input }) => lockClaim(ctx.db, ctx.actor, input)),

  unlock: workerProcedure.input(ZClaimRef).mutation(async ({ ctx, input }) => {
    await unlockClaim(ctx.db, ctx.actor, input.claimId);
    return workState(ctx.db, input.claimId);
  }),

  setPriority: workerProcedure.input(ZSetPriorityInput).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) =>
      setPriorityIn(tx, ctx.actor, await claimForChange(tx, input.claimId), input.priority),
    );
    return workState(ctx.db, input.claimId);
  }),

  close: transitionProcedure("close")
    .input(ZCloseInput)
    .mutation(async ({ ctx, input }) => {
      await closeClaim(ctx.db, ctx.actor, input);
      return workState(ctx.db, input.claimId);
    }),

  reopen: transitionProcedure("reopen")
    .input(ZReopenInput)
    .mutation(async ({ ctx, input }) => {
      await reopenClaim(ctx.db, ctx.actor, input);
      return workState(ctx.db, input.claimId);
    }),

  bulk: workerProcedure.input(ZBulkInput).mutation(({ ctx, input }) => bulkChange(ctx.db, ctx.actor, input)),

  settings: staffProcedure.output(ZTeamSettings).query(({ ctx }) => teamSettings(ctx.db)),

  updateSettings: adminProcedure
    .input(ZUpdateTeamSettingsInput)
    .output(ZTeamSettings)
    .mutation(({ ctx, input }) => updateTeamSettings(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
