import { mutationCase, type MutationCase } from "./world.ts";

/** Who works on which claim: assignment, locks, priority, closing, team rules. */
export const WORKFLOW_MUTATIONS: Record<string, MutationCase> = {
  "workflow.assign": mutationCase({
    action: "claim.assign",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) =>
      world.editor.caller.workflow.assign({ claimId: claim.id, assigneeId: world.reviewer.user.id }),
  }),
  "workflow.assignToMe": mutationCase({
    action: "claim.assign",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) => world.reviewer.caller.workflow.assignToMe({ claimId: claim.id }),
  }),
  "workflow.unassign": mutationCase({
    action: "claim.unassign",
    prepare: async (world) => {
      const claim = await world.freshClaim();
      await world.reviewer.caller.workflow.assignToMe({ claimId: claim.id });
      return claim;
    },
    call: (world, claim) => world.reviewer.caller.workflow.unassign({ claimId: claim.id }),
  }),
  "workflow.lock": mutationCase({
    action: "claim.lock",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) => world.reviewer.caller.workflow.lock({ claimId: claim.id }),
  }),
  "workflow.unlock": mutationCase({
    action: "claim.unlock",
    prepare: async (world) => {
      const claim = await world.freshClaim();
      await world.editor.caller.workflow.lock({ claimId: claim.id });
      return claim;
    },
    call: (world, claim) => world.editor.caller.workflow.unlock({ claimId: claim.id }),
  }),
  "workflow.setPriority": mutationCase({
    action: "claim.setPriority",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) => world.reviewer.caller.workflow.setPriority({ claimId: claim.id, priority: 1 }),
  }),
  "workflow.close": mutationCase({
    action: "claim.close",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) =>
      world.reviewer.caller.workflow.close({
        claimId: claim.id,
        revision: claim.revision,
        reason: "not_a_claim",
        note: "An advert, no claim in it",
      }),
  }),
  "workflow.reopen": mutationCase({
    action: "claim.reopen",
    prepare: async (world) => {
      const claim = await world.freshClaim();
      await world.reviewer.caller.workflow.close({
        claimId: claim.id,
        reason: "not_a_claim",
        note: "Looked like an advert",
      });
      return claim;
    },
    call: (world, claim) =>
      world.editor.caller.workflow.reopen({ claimId: claim.id, reason: "It resurfaced with a real claim" }),
  }),
  "workflow.bulk": mutationCase({
    action: "claim.setPriority",
    prepare: async (world) => [await world.freshClaim(), await world.freshClaim()],
    call: (world, claims) =>
      world.reviewer.caller.workflow.bulk({
        claimIds: claims.map((claim) => claim.id),
        action: { type: "priority", priority: 2 },
      }),
  }),
  "workflow.updateSettings": {
    action: "settings.update",
    call: (world) => world.admin.caller.workflow.updateSettings({ lockMinutes: 20 }),
  },
};
