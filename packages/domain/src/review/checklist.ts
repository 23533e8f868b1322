import type { TChecklistItem, TSaveChecklistInput } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";

const itemSelect = { id: true, text: true, required: true } as const;

/** The team's review checklist, in order (empty until an admin writes one). */
export async function reviewChecklist(db: Db | Tx): Promise<TChecklistItem[]> {
  return db.checklistItem.findMany({ select: itemSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
}

/**
 * Replaces the checklist with `input.items`, in that order. Items keep their ids; the ones left
 * out are deleted. Verdicts already written keep their ticks with the texts they had (stored on
 * the review), so this never rewrites the record of past reviews.
 */
export async function saveReviewChecklist(db: Db, actor: Actor, input: TSaveChecklistInput): Promise<TChecklistItem[]> {
  return db.$transaction(async (tx) => {
    const before = await reviewChecklist(tx);
    const known = new Set(before.map((item) => item.id));
    input.items.forEach((item, index) => {
      if (item.id !== undefined && !known.has(item.id)) {
        throw new AppError(
          "CHECKLIST_ITEM_GONE",
          `Checklist item ${index + 1} no longer exists; reload the checklist`,
          { field: `items.${index}.id`, position: index + 1 },
        );
      }
    });
    const kept = new Set(input.items.flatMap((item) => (item.id ? [item.id] : [])));
    await tx.checklistItem.deleteMany({
      where: { id: { in: before.filter((item) => !kept.has(item.id)).map((item) => item.id) } },
    });
    for (const [position, item] of input.items.entries()) {
      const data = { text: item.text, required: item.required, position };
      if (item.id) await tx.checklistItem.update({ where: { id: item.id }, data });
      else await tx.checklistItem.create({ data });
    }
    const after = await reviewChecklist(tx);
    await recordAudit(tx, actor, {
      action: "checklist.update",
      subjectType: "team",
      subjectId: "checklist",
      before,
      after,
    });
    return after;
  });
}
