import type { TDefineTagInput, TTag, TUpdateTagInput } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";

const tagSelect = { id: true, name: true, colour: true } as const;

/** The team's tags, by name. */
export async function listTags(db: Db | Tx): Promise<TTag[]> {
  return db.tag.findMany({ select: tagSelect, orderBy: { name: "asc" } });
}

export async function tagById(tx: Tx, tagId: string): Promise<TTag> {
  const tag = await tx.tag.findUnique({ where: { id: tagId }, select: tagSelect });
  if (!tag) throw new AppError("TAG_NOT_FOUND", `No tag with id ${tagId}`, { field: "tagId" });
  return tag;
}

/** Two tags differing only in letter case would split one topic's claims in the queue and metrics. */
async function refuseTakenName(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (taken)
    throw new AppError("TAG_NAME_TAKEN", `There is already a tag named “${taken.name}”`, {
      field: "name",
      name: taken.name,
    });
}

export async function defineTag(db: Db, actor: Actor, input: TDefineTagInput): Promise<TTag> {
  return db.$transaction(async (tx) => {
    await refuseTakenName(tx, input.name);
    const tag = await tx.tag.create({
      data: { name: input.name, colour: input.colour.toLowerCase() },
      select: tagSelect,
    });
    await recordAudit(tx, actor, { action: "tag.define", subjectType: "tag", subjectId: tag.id, after: tag });
    return tag;
  });
}

export async function updateTag(db: Db, actor: Actor, input: TUpdateTagInput): Promise<TTag> {
  return db.$transaction(async (tx) => {
    const before = await tagById(tx, input.tagId);
    if (input.name !== undefined) await refuseTakenName(tx, input.name, input.tagId);
    const after = await tx.tag.update({
      where: { id: input.tagId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.colour !== undefined ? { colour: input.colour.toLowerCase() } : {}),
      },
      select: tagSelect,
    });
    await recordAudit(tx, actor, { action: "tag.update", subjectType: "tag", subjectId: after.id, before, after });
    return after;
  });
}

/** Deletes a tag and takes it off every claim that carried it, in one transaction. */
export async function deleteTag(db: Db, actor: Actor, tagId: string): Promise<{ untagged: number }> {
  return db.$transaction(async (tx) => {
    const tag = await tagById(tx, tagId);
    const untagged = await tx.$executeRaw`
      UPDATE "Claim" SET "tagIds" = array_remove("tagIds", ${tagId}::uuid) WHERE "tagIds" @> ARRAY[${tagId}::uuid]`;
    await tx.tag.delete({ where: { id: tagId } });
    await recordAudit(tx, actor, {
      action: "tag.delete",
      subjectType: "tag",
      subjectId: tagId,
      before: tag,
      after: { untaggedClaims: untagged },
    });
    return { untagged };
  });
}
