import type { TChainVerifyResult } from "@tekser/contracts";
import { ChainVerifier, describeBreak, type ChainHead, type ChainReport, type StoredEvent } from "@tekser/audit";
import type { Db, Prisma } from "@tekser/db";

/** Exactly the columns the hash covers, plus the stored hash. */
export const chainEventSelect = {
  seq: true,
  at: true,
  actorId: true,
  actorName: true,
  actorRole: true,
  action: true,
  subjectType: true,
  subjectId: true,
  before: true,
  after: true,
  reason: true,
  prevHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

type ChainEventRow = Prisma.AuditEventGetPayload<{ select: typeof chainEventSelect }>;

/** A stored row as the hash chain sees it (seq as a decimal string, time as ISO at ms precision). */
export function toStoredEvent(row: ChainEventRow): StoredEvent {
  return { ...row, seq: row.seq.toString(), at: row.at.toISOString() };
}

const BATCH_SIZE = 5_000;

/** A client or a transaction: verification also runs inside one (tests tamper, check, roll back). */
export type AuditReader = Pick<Db, "auditEvent">;

/**
 * Reads events in seq order in batches (keyset pagination, constant memory) matching `where`,
 * yielding each batch; the next batch is fetched while the caller works on the current one.
 */
export async function* auditEventBatches(
  db: AuditReader,
  where: Prisma.AuditEventWhereInput = {},
  batchSize = BATCH_SIZE,
): AsyncGenerator<StoredEvent[]> {
  const fetch = (after: bigint | null) =>
    db.auditEvent.findMany({
      where: after === null ? where : { AND: [where, { seq: { gt: after } }] },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: chainEventSelect,
    });
  let pending: Promise<ChainEventRow[]> = fetch(null);
  for (;;) {
    const rows = await pending;
    const last = rows.at(-1);
    if (!last) return;
    pending = rows.length === batchSize ? fetch(last.seq) : Promise.resolve([]);
    yield rows.map(toStoredEvent);
  }
}

/** A row as the raw query returns it: the stored event with `at` still a Date. */
type RawChainRow = Omit<StoredEvent, "at"> & { at: Date };

/**
 * The whole chain in seq order, batch by batch, through one raw query per batch: the typed
 * client's per-row mapping costs more than hashing, and verifying a million events must stay
 * well under half a minute (pnpm bench:audit).
 */
async function* allEventBatches(db: ChainReader, batchSize: number): AsyncGenerator<StoredEvent[]> {
  const fetch = (after: string) => db.$queryRaw<RawChainRow[]>`
    SELECT seq::text AS seq, at, "actorId"::text AS "actorId", "actorName", "actorRole", action, "subjectType", "subjectId",
           before, after, reason, "prevHash", hash
    FROM "AuditEvent" WHERE "AuditEvent".seq > ${after}::bigint ORDER BY "AuditEvent".seq LIMIT ${batchSize}`;
  let pending: Promise<RawChainRow[]> = fetch("0");
  for (;;) {
    const rows = await pending;
    const last = rows.at(-1);
    if (!last) return;
    pending = rows.length === batchSize ? fetch(last.seq) : Promise.resolve([]);
    yield rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }
}

export type ChainReader = Pick<Db, "auditEvent" | "$queryRaw">;

/** Recomputes the whole stored chain from the genesis, optionally against a saved checkpoint head. */
export async function verifyStoredChain(
  db: ChainReader,
  options: { checkpoint?: ChainHead | null; batchSize?: number } = {},
): Promise<ChainReport> {
  const verifier = new ChainVerifier({ checkpoint: options.checkpoint ?? null });
  for await (const batch of allEventBatches(db, options.batchSize ?? BATCH_SIZE)) {
    for (const event of batch) {
      if (verifier.push(event)) return verifier.finish();
    }
  }
  return verifier.finish();
}

/** The report as the dashboard and the CLI show it. */
export function toVerifyResult(report: ChainReport, checkpoint: ChainHead | null = null): TChainVerifyResult {
  return {
    ok: report.ok,
    checked: report.checked,
    head: report.head,
    firstBreak: report.firstBreak
      ? { seq: report.firstBreak.seq, problem: report.firstBreak.problem, message: describeBreak(report.firstBreak) }
      : null,
    checkpoint: checkpoint ? { seq: checkpoint.seq, matched: report.checkpointMatched === true } : null,
  };
}
