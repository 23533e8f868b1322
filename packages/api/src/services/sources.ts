import type { TSourceAddInput, TSourceListInput, TSourceRow } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../errors.ts";
import { recordAudit, type Actor } from "./audit-log.ts";
import { assertRegistrableUrl, type OutboundPolicy } from "./outbound/url-guard.ts";

const DAY_MS = 24 * 60 * 60_000;

const sourceRowSelect = {
  id: true, kind: true, name: true, url: true, enabled: true, pollMinutes: true, lastSuccessAt: true,
  lastErrorAt: true, lastError: true, failureCount: true, nextPollAt: true,
} satisfies Prisma.SourceSelect;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** One page of the source registry with each source's health. */
export async function listSources(db: Db, input: TSourceListInput, now = new Date()): Promise<{ rows: TSourceRow[]; rowCount: number }> {
  const orderBy = input.sort.length ? input.sort.map((s) => ({ [s.id]: s.desc ? "desc" : "asc" })) : [{ name: "asc" as const }];
  const [sources, rowCount] = await Promise.all([
    db.source.findMany({ select: sourceRowSelect, orderBy, skip: (input.page - 1) * input.perPage, take: input.perPage }),
    db.source.count(),
  ]);
  const counts = await db.item.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sources.map((s) => s.id) }, ingestedAt: { gte: new Date(now.getTime() - DAY_MS) } },
    _count: { _all: true },
  });
  const perSource = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  const rows = sources.map((s) => ({
    ...s,
    lastSuccessAt: iso(s.lastSuccessAt),
    lastErrorAt: iso(s.lastErrorAt),
    nextPollAt: iso(s.nextPollAt),
    itemsLastDay: perSource.get(s.id) ?? 0,
  }));
  return { rows, rowCount };
}

/** Registers a feed or page to poll; it is due at once. */
export async function addSource(db: Db, actor: Actor, input: TSourceAddInput, outbound: OutboundPolicy): Promise<TSourceRow> {
  await assertRegistrableUrl(input.url, outbound);
  const site = new URL(input.url).hostname.replace(/^www\./, "");
  return db.$transaction(async (tx) => {
    if (await tx.source.findUnique({ where: { url: input.url }, select: { id: true } })) {
      throw new AppError("CONFLICT", "This URL is already a source", { url: input.url });
    }
    const source = await tx.source.create({ data: { ...input, site }, select: sourceRowSelect });
    await recordAudit(tx, actor, { action: "source.add", subjectType: "source", subjectId: source.id, after: input });
    return { ...source, lastSuccessAt: null, lastErrorAt: null, nextPollAt: null, itemsLastDay: 0 };
  });
}
