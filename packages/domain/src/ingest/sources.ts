import type {
  TSourceAddInput,
  TSourceEditInput,
  TSourceListInput,
  TSourceRow,
  TSourceSetEnabledInput,
} from "@tekser/contracts";
import type { Db, Prisma, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { assertRegistrableUrl, type OutboundPolicy } from "../shared/outbound/url-guard.ts";

const DAY_MS = 24 * 60 * 60_000;

const sourceRowSelect = {
  id: true,
  kind: true,
  name: true,
  url: true,
  enabled: true,
  pollMinutes: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastError: true,
  failureCount: true,
  nextPollAt: true,
} satisfies Prisma.SourceSelect;

type SelectedSource = Prisma.SourceGetPayload<{ select: typeof sourceRowSelect }>;

const iso = (date: Date | null) => date?.toISOString() ?? null;
const sourceRow = (s: SelectedSource, itemsLastDay: number): TSourceRow => ({
  ...s,
  lastSuccessAt: iso(s.lastSuccessAt),
  lastErrorAt: iso(s.lastErrorAt),
  nextPollAt: iso(s.nextPollAt),
  itemsLastDay,
});

/** One page of the source registry with each source's health. */
export async function listSources(
  db: Db,
  input: TSourceListInput,
  now = new Date(),
): Promise<{ rows: TSourceRow[]; rowCount: number }> {
  const orderBy = input.sort.length
    ? input.sort.map((s) => ({ [s.id]: s.desc ? "desc" : "asc" }))
    : [{ name: "asc" as const }];
  const state = input.filters?.state;
  const where: Prisma.SourceWhereInput = state ? { enabled: state === "enabled" } : {};
  const [sources, rowCount] = await Promise.all([
    db.source.findMany({
      where,
      select: sourceRowSelect,
      orderBy: [...orderBy, { id: "asc" }],
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
    }),
    db.source.count({ where }),
  ]);
  const counts = await db.item.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sources.map((s) => s.id) }, ingestedAt: { gte: new Date(now.getTime() - DAY_MS) } },
    _count: { _all: true },
  });
  const perSource = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  return { rows: sources.map((s) => sourceRow(s, perSource.get(s.id) ?? 0)), rowCount };
}

/** Registers a feed or page to poll; it is due at once. */
export async function addSource(
  db: Db,
  actor: Actor,
  input: TSourceAddInput,
  outbound: OutboundPolicy,
): Promise<TSourceRow> {
  await assertRegistrableUrl(input.url, outbound);
  return db.$transaction(async (tx) => {
    await assertUrlFree(tx, input.url, null);
    const source = await tx.source.create({ data: { ...input, site: siteOf(input.url) }, select: sourceRowSelect });
    await recordAudit(tx, actor, { action: "source.add", subjectType: "source", subjectId: source.id, after: input });
    return sourceRow(source, 0);
  });
}

const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, "");

async function assertUrlFree(tx: Tx, url: string, exceptId: string | null) {
  const holder = await tx.source.findUnique({ where: { url }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw new AppError("SOURCE_URL_TAKEN", "This URL is already a source", { url });
}

async function lockedSource(tx: Tx, id: string): Promise<SelectedSource> {
  // Row lock: a concurrent edit or toggle of the same source waits, so each audit "before" is true.
  await tx.$queryRaw`SELECT 1 FROM "Source" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const source = await tx.source.findUnique({ where: { id }, select: sourceRowSelect });
  if (!source) throw new AppError("SOURCE_NOT_FOUND", "No such source", { id });
  return source;
}

const settingsOf = (s: Pick<SelectedSource, "name" | "url" | "kind" | "pollMinutes">) => ({
  name: s.name,
  url: s.url,
  kind: s.kind,
  pollMinutes: s.pollMinutes,
});

/**
 * Changes a source's name, URL, format or poll interval. A new URL passes the outbound guard as
 * at registration and is fetched afresh: its validators (ETag, Last-Modified) belonged to the old
 * one. A poll in flight while the interval changes may be repeated once; ingest is idempotent.
 */
export async function editSource(
  db: Db,
  actor: Actor,
  input: TSourceEditInput,
  outbound: OutboundPolicy,
): Promise<TSourceRow> {
  await assertRegistrableUrl(input.url, outbound);
  const { id, ...settings } = input;
  return db.$transaction(async (tx) => {
    const before = await lockedSource(tx, id);
    const urlChanged = before.url !== settings.url;
    if (urlChanged) await assertUrlFree(tx, settings.url, id);
    const fresh = urlChanged ? { site: siteOf(settings.url), etag: null, lastModified: null, nextPollAt: null } : {};
    // A healthy source's next poll follows its new interval; a failing one keeps its back-off.
    const rescheduled =
      !urlChanged && before.pollMinutes !== settings.pollMinutes && before.failureCount === 0 && before.lastSuccessAt
        ? { nextPollAt: new Date(before.lastSuccessAt.getTime() + settings.pollMinutes * 60_000) }
        : {};
    const source = await tx.source.update({
      where: { id },
      data: { ...settings, ...fresh, ...rescheduled },
      select: sourceRowSelect,
    });
    await recordAudit(tx, actor, {
      action: "source.edit",
      subjectType: "source",
      subjectId: id,
      before: settingsOf(before),
      after: settingsOf(source),
    });
    return sourceRow(source, await itemsLastDay(tx, id));
  });
}

/** Disables a source (the poller skips it) or enables it again; a no-op writes no audit event. */
export async function setSourceEnabled(db: Db, actor: Actor, input: TSourceSetEnabledInput): Promise<TSourceRow> {
  return db.$transaction(async (tx) => {
    const before = await lockedSource(tx, input.id);
    if (before.enabled === input.enabled) return sourceRow(before, await itemsLastDay(tx, input.id));
    const source = await tx.source.update({
      where: { id: input.id },
      data: { enabled: input.enabled },
      select: sourceRowSelect,
    });
    await recordAudit(tx, actor, {
      action: input.enabled ? "source.enable" : "source.disable",
      subjectType: "source",
      subjectId: input.id,
      before: { enabled: before.enabled },
      after: { enabled: source.enabled },
    });
    return sourceRow(source, await itemsLastDay(tx, input.id));
  });
}

function itemsLastDay(tx: Tx, sourceId: string, now = new Date()): Promise<number> {
  return tx.item.count({ where: { sourceId, ingestedAt: { gte: new Date(now.getTime() - DAY_MS) } } });
}
