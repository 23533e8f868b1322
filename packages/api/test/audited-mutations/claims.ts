import { readFileSync } from "node:fs";
import { fixtureUrl } from "@tekser/fixtures";
import { mutationCase, type AuditWorld, type MutationCase } from "./world.ts";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");

/** Two fresh claims, the second merged into the first, so the first holds at least two items. */
async function mergedPair(world: AuditWorld) {
  const [target, source] = [await world.freshClaim(), await world.freshClaim()];
  const sourceItem = await world.db.item.findFirstOrThrow({ where: { claimId: source.id }, select: { id: true } });
  await world.reviewer.caller.claim.merge({ sourceId: source.id, targetId: target.id, reason: "The same story" });
  return { targetId: target.id, movedItemId: sourceItem.id };
}

/** Ingest, sources, clustering decisions and comments. */
export const CLAIM_MUTATIONS: Record<string, MutationCase> = {
  "ingest.paste": {
    action: "ingest.run",
    call: (world) => world.reviewer.caller.ingest.paste({ name: "again.txt", content: seedPage }),
  },
  "source.add": {
    action: "source.add",
    call: (world) =>
      world.reviewer.caller.source.add({
        name: "Aikyn RSS",
        url: "https://aikyn.kz/rss.xml",
        kind: "feed",
        pollMinutes: 30,
      }),
  },
  "source.edit": mutationCase({
    action: "source.edit",
    prepare: (world) =>
      world.reviewer.caller.source.add({
        name: "Kazinform",
        url: "https://inform.kz/rss",
        kind: "feed",
        pollMinutes: 30,
      }),
    call: (world, source) =>
      world.reviewer.caller.source.edit({
        id: source.id,
        name: "Kazinform (kk)",
        url: "https://inform.kz/kz/rss",
        kind: "feed",
        pollMinutes: 60,
      }),
  }),
  "source.setEnabled": mutationCase({
    action: "source.disable",
    prepare: (world) =>
      world.reviewer.caller.source.add({
        name: "Tengri",
        url: "https://tengrinews.kz/rss",
        kind: "feed",
        pollMinutes: 30,
      }),
    call: (world, source) => world.reviewer.caller.source.setEnabled({ id: source.id, enabled: false }),
  }),
  "claim.merge": mutationCase({
    action: "claim.merge",
    prepare: async (world) => ({ target: await world.freshClaim(), source: await world.freshClaim() }),
    call: (world, { target, source }) =>
      world.reviewer.caller.claim.merge({
        sourceId: source.id,
        targetId: target.id,
        reason: "Both report the same claim",
      }),
  }),
  "claim.split": mutationCase({
    action: "claim.split",
    prepare: mergedPair,
    call: (world, pair) =>
      world.reviewer.caller.claim.split({ itemId: pair.movedItemId, reason: "A different claim after all" }),
  }),
  "comment.add": mutationCase({
    action: "comment.add",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) =>
      world.editor.caller.comment.add({
        claimId: claim.id,
        body: `@${world.reviewer.user.username} please check the date`,
      }),
  }),
};
