import type {
  TDefineVerdictLabelInput,
  TReorderVerdictLabelsInput,
  TUpdateVerdictLabelInput,
  TVerdict,
  TVerdictLabel,
  TVerdictLabelMap,
} from "@tekser/contracts";
import type { Db, Prisma, Tx } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";

const verdictLabelSelect = {
  id: true,
  labelKk: true,
  labelRu: true,
  labelEn: true,
  colour: true,
  rating: true,
  meaning: true,
  retiredAt: true,
} satisfies Prisma.VerdictLabelSelect;

type LabelRow = Prisma.VerdictLabelGetPayload<{ select: typeof verdictLabelSelect }>;

function toVerdictLabel(row: LabelRow): TVerdictLabel {
  return {
    id: row.id,
    wording: { kk: row.labelKk, ru: row.labelRu, en: row.labelEn },
    colour: row.colour,
    rating: row.rating,
    meaning: row.meaning,
    retired: row.retiredAt !== null,
  };
}

const SCALE_ORDER = [{ position: "asc" }, { createdAt: "asc" }] satisfies Prisma.VerdictLabelOrderByWithRelationInput[];

/** The team's verdict scale in order, retired labels included (past verdicts still show them). */
export async function listVerdictLabels(db: Db | Tx): Promise<TVerdictLabel[]> {
  const rows = await db.verdictLabel.findMany({ select: verdictLabelSelect, orderBy: SCALE_ORDER });
  return rows.map(toVerdictLabel);
}

/**
 * The archive import's label map with the scale's own wording added: a desk's past notices
 * labelled as its scale words them (retired labels too) map onto their meaning without an
 * override. The user's overrides still come first; of two labels worded alike, the earlier wins.
 */
export async function withScaleLabels(db: Db, labelMap: TVerdictLabelMap | undefined): Promise<TVerdictLabelMap> {
  const labels = await listVerdictLabels(db);
  const fromScale = Object.fromEntries(
    [...labels].reverse().flatMap((label) => Object.values(label.wording).map((wording) => [wording, label.meaning])),
  );
  return { ...fromScale, ...labelMap };
}

async function labelById(tx: Tx, labelId: string): Promise<LabelRow> {
  const row = await tx.verdictLabel.findUnique({ where: { id: labelId }, select: verdictLabelSelect });
  if (!row) throw new AppError("VERDICT_LABEL_NOT_FOUND", `No verdict label with id ${labelId}`, { field: "labelId" });
  return row;
}

/**
 * The label a new verdict carries: the one the reviewer chose, which must be active and stand for
 * the verdict's meaning; without a choice, the first active label of that meaning on the scale.
 */
export async function labelForVerdict(tx: Tx, verdict: TVerdict, labelId: string | undefined): Promise<string | null> {
  if (labelId === undefined) {
    const first = await tx.verdictLabel.findFirst({
      where: { meaning: verdict, retiredAt: null },
      orderBy: SCALE_ORDER,
      select: { id: true },
    });
    return first?.id ?? null;
  }
  const label = await labelById(tx, labelId);
  if (label.retiredAt)
    throw new AppError("VERDICT_LABEL_RETIRED", `The label “${label.labelEn}” is retired; choose another`, {
      field: "labelId",
    });
  if (label.meaning !== verdict) {
    throw new AppError("VERDICT_LABEL_MEANING", `The label “${label.labelEn}” means ${label.meaning}, not ${verdict}`, {
      field: "labelId",
      meaning: label.meaning,
    });
  }
  return label.id;
}

function wordingColumns(wording: TDefineVerdictLabelInput["wording"]) {
  return { labelKk: wording.kk, labelRu: wording.ru, labelEn: wording.en };
}

/** Adds a label at the end of the scale. */
export async function defineVerdictLabel(
  db: Db,
  actor: Actor,
  input: TDefineVerdictLabelInput,
): Promise<TVerdictLabel> {
  return db.$transaction(async (tx) => {
    const last = await tx.verdictLabel.aggregate({ _max: { position: true } });
    const row = await tx.verdictLabel.create({
      data: {
        ...wordingColumns(input.wording),
        colour: input.colour.toLowerCase(),
        rating: input.rating,
        meaning: input.meaning,
        position: (last._max.position ?? -1) + 1,
      },
      select: verdictLabelSelect,
    });
    const label = toVerdictLabel(row);
    await recordAudit(tx, actor, {
      action: "verdictLabel.define",
      subjectType: "verdictLabel",
      subjectId: label.id,
      after: label,
    });
    return label;
  });
}

/**
 * Rewords, recolours, rerates or changes the meaning of a label. Verdicts already given keep
 * their label (and follow it); notices already published keep the copy they were signed with.
 */
export async function updateVerdictLabel(
  db: Db,
  actor: Actor,
  input: TUpdateVerdictLabelInput,
): Promise<TVerdictLabel> {
  return db.$transaction(async (tx) => {
    const before = toVerdictLabel(await labelById(tx, input.labelId));
    const row = await tx.verdictLabel.update({
      where: { id: input.labelId },
      data: {
        ...(input.wording ? wordingColumns(input.wording) : {}),
        ...(input.colour !== undefined ? { colour: input.colour.toLowerCase() } : {}),
        ...(input.rating !== undefined ? { rating: input.rating } : {}),
        ...(input.meaning !== undefined ? { meaning: input.meaning } : {}),
      },
      select: verdictLabelSelect,
    });
    const after = toVerdictLabel(row);
    await recordAudit(tx, actor, {
      action: "verdictLabel.update",
      subjectType: "verdictLabel",
      subjectId: after.id,
      before,
      after,
    });
    return after;
  });
}

/** Puts the given labels first, in that order; the others follow in the order they had. */
export async function reorderVerdictLabels(
  db: Db,
  actor: Actor,
  input: TReorderVerdictLabelsInput,
): Promise<TVerdictLabel[]> {
  return db.$transaction(async (tx) => {
    const before = await listVerdictLabels(tx);
    const known = new Set(before.map((label) => label.id));
    const unknown = input.labelIds.find((id) => !known.has(id));
    if (unknown)
      throw new AppError("VERDICT_LABEL_NOT_FOUND", `No verdict label with id ${unknown}`, { field: "labelIds" });
    const listed = new Set(input.labelIds);
    const order = [...new Set(input.labelIds), ...before.map((label) => label.id).filter((id) => !listed.has(id))];
    for (const [position, id] of order.entries()) await tx.verdictLabel.update({ where: { id }, data: { position } });
    await recordAudit(tx, actor, {
      action: "verdictLabel.reorder",
      subjectType: "team",
      subjectId: "verdictScale",
      before: { order: before.map((label) => label.id) },
      after: { order },
    });
    return listVerdictLabels(tx);
  });
}

/** Takes a label off the verdict form; verdicts and notices that carry it keep it. */
export async function setVerdictLabelRetired(
  db: Db,
  actor: Actor,
  labelId: string,
  retired: boolean,
): Promise<TVerdictLabel> {
  return db.$transaction(async (tx) => {
    const before = toVerdictLabel(await labelById(tx, labelId));
    const row = await tx.verdictLabel.update({
      where: { id: labelId },
      data: { retiredAt: retired ? new Date() : null },
      select: verdictLabelSelect,
    });
    const after = toVerdictLabel(row);
    await recordAudit(tx, actor, {
      action: retired ? "verdictLabel.retire" : "verdictLabel.restore",
      subjectType: "verdictLabel",
      subjectId: labelId,
      before: { retired: before.retired },
      after: { retired: after.retired },
    });
    return after;
  });
}

/** Deletes a label no verdict has used; one in use is refused, to be retired instead. */
export async function deleteVerdictLabel(db: Db, actor: Actor, labelId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const label = toVerdictLabel(await labelById(tx, labelId));
    const uses = await tx.review.count({ where: { verdictLabelId: labelId } });
    if (uses > 0)
      throw new AppError(
        "VERDICT_LABEL_IN_USE",
        `${uses} verdicts carry the label “${label.wording.en}”; retire it instead`,
        { uses },
      );
    await tx.verdictLabel.delete({ where: { id: labelId } });
    await recordAudit(tx, actor, {
      action: "verdictLabel.delete",
      subjectType: "verdictLabel",
      subjectId: labelId,
      before: label,
    });
  });
}
