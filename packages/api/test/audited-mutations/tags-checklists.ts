import { randomBytes } from "node:crypto";
import { mutationCase, type AuditWorld, type MutationCase } from "./world.ts";

const freshTag = (world: AuditWorld) =>
  world.admin.caller.tag.define({ name: `Tag ${randomBytes(4).toString("hex")}`, colour: "#336699" });

/** The team's tags on claims and the review checklist. */
export const TAG_CHECKLIST_MUTATIONS: Record<string, MutationCase> = {
  "tag.define": { action: "tag.define", call: (world) => freshTag(world) },
  "tag.update": mutationCase({
    action: "tag.update",
    prepare: freshTag,
    call: (world, tag) => world.admin.caller.tag.update({ tagId: tag.id, colour: "#993366" }),
  }),
  "tag.delete": mutationCase({
    action: "tag.delete",
    prepare: freshTag,
    call: (world, tag) => world.admin.caller.tag.delete({ tagId: tag.id }),
  }),
  "tag.addToClaim": mutationCase({
    action: "claim.tag",
    prepare: async (world) => ({ tag: await freshTag(world), claim: await world.freshClaim() }),
    call: (world, { tag, claim }) => world.reviewer.caller.tag.addToClaim({ claimId: claim.id, tagId: tag.id }),
  }),
  "tag.removeFromClaim": mutationCase({
    action: "claim.untag",
    prepare: async (world) => {
      const [tag, claim] = [await freshTag(world), await world.freshClaim()];
      await world.reviewer.caller.tag.addToClaim({ claimId: claim.id, tagId: tag.id });
      return { tag, claim };
    },
    call: (world, { tag, claim }) => world.editor.caller.tag.removeFromClaim({ claimId: claim.id, tagId: tag.id }),
  }),
  // Not required: the cases after this one still write verdicts without ticks.
  "review.saveChecklist": {
    action: "checklist.update",
    call: (world) =>
      world.admin.caller.review.saveChecklist({ items: [{ text: "Source contacted", required: false }] }),
  },
};
