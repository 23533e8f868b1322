import { mutationCase, type AuditWorld, type MutationCase } from "./world.ts";

const freshLabel = (world: AuditWorld) =>
  world.admin.caller.verdictScale.define({
    wording: { kk: "Жартылай рас", ru: "Полуправда", en: "Half true" },
    colour: "#aa7700",
    rating: 3,
    meaning: "misleading",
  });

/** The team's verdict scale. */
export const VERDICT_SCALE_MUTATIONS: Record<string, MutationCase> = {
  "verdictScale.define": { action: "verdictLabel.define", call: (world) => freshLabel(world) },
  "verdictScale.update": mutationCase({
    action: "verdictLabel.update",
    prepare: freshLabel,
    call: (world, label) => world.admin.caller.verdictScale.update({ labelId: label.id, rating: 2 }),
  }),
  "verdictScale.reorder": mutationCase({
    action: "verdictLabel.reorder",
    prepare: freshLabel,
    call: (world, label) => world.admin.caller.verdictScale.reorder({ labelIds: [label.id] }),
  }),
  "verdictScale.retire": mutationCase({
    action: "verdictLabel.retire",
    prepare: freshLabel,
    call: (world, label) => world.admin.caller.verdictScale.retire({ labelId: label.id }),
  }),
  "verdictScale.restore": mutationCase({
    action: "verdictLabel.restore",
    prepare: async (world) => world.admin.caller.verdictScale.retire({ labelId: (await freshLabel(world)).id }),
    call: (world, label) => world.admin.caller.verdictScale.restore({ labelId: label.id }),
  }),
  "verdictScale.delete": mutationCase({
    action: "verdictLabel.delete",
    prepare: freshLabel,
    call: (world, label) => world.admin.caller.verdictScale.delete({ labelId: label.id }),
  }),
};
