import { MAX_TAGS_PER_CLAIM } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";
import { claimForChange } from "./claim-lock.ts";
import { tagById } from "./tag-definitions.ts";

/**
 * Puts a tag on a claim or takes it off (a no-op, not audited, when nothing changes). A tag is
 * a label, not part of the verdict: it needs no soft lock and leaves the revision alone, so a
 * reviewer's pending verdict is never refused because a colleague tagged the claim.
 */
export async function setClaimTagIn(tx: Tx, actor: Actor, claimId: string, tagId: string, on: boolean): Promise<void> {
  const tag = await tagById(tx, tagId);
  await claimForChange(tx, claimId);
  const [row] = await tx.$queryRaw<{ tagIds: string[] }[]>`SELECT "tagIds" FROM "Claim" WHERE id = ${claimId}::uuid`;
  const before = row?.tagIds ?? [];
  if (before.includes(tagId) === on) return;
  const after = on ? [...before, tagId] : before.filter((id) => id !== tagId);
  if (after.length > MAX_TAGS_PER_CLAIM) {
    throw new AppError("CLAIM_TAG_LIMIT", `A claim carries at most ${MAX_TAGS_PER_CLAIM} tags`, {
      field: "tagId",
      max: MAX_TAGS_PER_CLAIM,
    });
  }
  await tx.$executeRaw`UPDATE "Claim" SET "tagIds" = ${after}::uuid[] WHERE id = ${claimId}::uuid`;
  await recordAudit(tx, actor, {
    action: on ? "claim.tag" : "claim.untag",
    subjectType: "claim",
    subjectId: claimId,
    before: { tagIds: before },
    after: { tagIds: after, tag: tag.name },
  });
}

export async function setClaimTag(
  db: Db,
  actor: Actor,
  input: { claimId: string; tagId: string },
  on: boolean,
): Promise<{ tagIds: string[] }> {
  return db.$transaction(async (tx) => {
    await setClaimTagIn(tx, actor, input.claimId, input.tagId, on);
    const [row] = await tx.$queryRaw<
      { tagIds: string[] }[]
    >`SELECT "tagIds" FROM "Claim" WHERE id = ${input.claimId}::uuid`;
    return { tagIds: row?.tagIds ?? [] };
  });
}
