import type { TComment } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { notifyMentioned } from "../notifications/review-notifications.ts";

/** `@username` tokens; usernames are letters, digits, dot, dash and underscore. */
const MENTION = /(?<![\w.@])@([\p{L}\p{N}._-]+)/gu;

export function mentionedUsernames(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[1]?.replace(/[.]+$/, "") ?? "").filter(Boolean))];
}

const person = { id: true, username: true, displayName: true } as const;
const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  mentionedIds: true,
  author: { select: person },
} satisfies Prisma.CommentSelect;

/** A comment on a claim; `@username` mentions of active colleagues are resolved and stored. */
export async function addComment(
  db: Db,
  actor: Actor & { id: string },
  input: { claimId: string; body: string },
): Promise<TComment> {
  const id = await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } });
    if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${input.claimId}`, { claimId: input.claimId });
    const names = mentionedUsernames(input.body);
    const mentioned = names.length
      ? await tx.user.findMany({
          where: { username: { in: names }, active: true },
          select: { id: true, username: true },
        })
      : [];
    const comment = await tx.comment.create({
      data: {
        claimId: input.claimId,
        authorId: actor.id,
        body: input.body,
        mentionedIds: mentioned.map((user) => user.id),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "comment.add",
      subjectType: "claim",
      subjectId: input.claimId,
      after: { commentId: comment.id, mentions: mentioned.map((user) => user.username) },
    });
    await notifyMentioned(
      tx,
      actor,
      input.claimId,
      mentioned.map((user) => user.id),
      input.body,
    );
    return comment.id;
  });
  const [comment] = await listComments(db, input.claimId, id);
  if (!comment) throw new AppError("COMMENT_NOT_FOUND", "The comment vanished after it was written");
  return comment;
}

export async function listComments(db: Db, claimId: string, onlyId?: string): Promise<TComment[]> {
  const rows = await db.comment.findMany({
    where: { claimId, ...(onlyId ? { id: onlyId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentSelect,
  });
  const ids = [...new Set(rows.flatMap((row) => row.mentionedIds))];
  const people = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: person }) : [];
  const byId = new Map(people.map((user) => [user.id, user]));
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    mentions: row.mentionedIds.flatMap((mentionId) => byId.get(mentionId) ?? []),
  }));
}

/** People who can be @mentioned: active staff, for the comment box's suggestions. */
export async function mentionablePeople(db: Db) {
  return db.user.findMany({
    where: { active: true, role: { in: ["reviewer", "editor", "admin"] } },
    orderBy: { username: "asc" },
    select: person,
  });
}
