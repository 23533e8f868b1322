import { ZQueueViewState, type TQueueView, type TQueueViewState } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

const viewSelect = { id: true, name: true, state: true } as const;

/** A stored view that no longer parses (an older layout) is shown as the default layout. */
function toView(row: { id: string; name: string; state: unknown }): TQueueView {
  const parsed = ZQueueViewState.safeParse(row.state);
  return {
    id: row.id,
    name: row.name,
    state: parsed.success ? parsed.data : { query: "", columnOrder: [], hiddenColumns: [] },
  };
}

export async function listQueueViews(db: Db, userId: string): Promise<TQueueView[]> {
  const rows = await db.queueView.findMany({ where: { userId }, orderBy: { name: "asc" }, select: viewSelect });
  return rows.map(toView);
}

/** Saves under a name; saving again under the same name replaces that view. */
export async function saveQueueView(
  db: Db,
  actor: Actor & { id: string },
  input: { name: string; state: TQueueViewState },
): Promise<TQueueView> {
  return db.$transaction(async (tx) => {
    const row = await tx.queueView.upsert({
      where: { userId_name: { userId: actor.id, name: input.name } },
      create: { userId: actor.id, name: input.name, state: input.state },
      update: { state: input.state },
      select: viewSelect,
    });
    await recordAudit(tx, actor, {
      action: "queueView.save",
      subjectType: "queueView",
      subjectId: row.id,
      after: { name: input.name, ...input.state },
    });
    return toView(row);
  });
}

export async function deleteQueueView(db: Db, actor: Actor & { id: string }, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.queueView.findUnique({ where: { id }, select: { userId: true, name: true } });
    if (row?.userId !== actor.id)
      throw new AppError("SAVED_VIEW_NOT_FOUND", `You have no saved view with id ${id}`, { viewId: id });
    await tx.queueView.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "queueView.delete",
      subjectType: "queueView",
      subjectId: id,
      before: { name: row.name },
    });
  });
}
