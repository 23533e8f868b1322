import { Prisma, type Db } from "@tekser/db";
import { recordAudits, SYSTEM_ACTOR } from "../audit/audit-log.ts";

/** How often the process working a run says it is alive. */
export const RUN_HEARTBEAT_MS = 30_000;
/** Silence after which a run's process is taken for dead: several missed beats, not one slow one. */
export const RUN_SILENT_FOR_MS = 5 * RUN_HEARTBEAT_MS;

/**
 * Renews the run's heartbeat until the returned function is called. A process killed mid-run
 * (kill -9, a crash, a lost machine) simply stops beating; nothing has to run at its death.
 */
export function keepRunAlive(db: Db, runId: string, everyMs = RUN_HEARTBEAT_MS): () => void {
  const timer = setInterval(() => {
    // A beat lost to a database blip is repaired by the next one.
    db.ingestRun
      .update({ where: { id: runId }, data: { heartbeatAt: new Date() }, select: { id: true } })
      .catch(() => {});
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

interface InterruptedRun {
  id: string;
  route: string;
  accepted: number;
  rejected: number;
}

/**
 * Marks runs that ended without finishing as interrupted, with what they stored: the items of
 * the documents they kept and the errors they recorded (committed groups stay; a re-run of the
 * same inputs finds them as duplicates). Either one run that failed in this process, or every
 * run whose process has been silent for `silentForMs`. Safe on several instances at once: a
 * run is marked by whichever gets its row first.
 */
export async function markInterruptedRuns(
  db: Db,
  which: { runId: string } | { silentForMs: number },
): Promise<string[]> {
  const condition =
    "runId" in which
      ? Prisma.sql`r.id = ${which.runId}::uuid`
      : Prisma.sql`r."heartbeatAt" < now() - make_interval(secs => ${which.silentForMs / 1000})`;
  return db.$transaction(async (tx) => {
    const runs = await tx.$queryRaw<InterruptedRun[]>`
      UPDATE "IngestRun" r
         SET status = 'interrupted',
             "finishedAt" = r."heartbeatAt",
             accepted = (SELECT count(*) FROM "Item" i JOIN "RawDocument" d ON d.id = i."rawDocumentId" WHERE d."runId" = r.id)::int,
             rejected = (SELECT count(*) FROM "IngestError" e WHERE e."runId" = r.id)::int
       WHERE r.status = 'running' AND ${condition}
   RETURNING r.id, r.route::text AS route, r.accepted, r.rejected`;
    await recordAudits(
      tx,
      SYSTEM_ACTOR,
      runs.map((run) => ({
        action: "ingest.interrupted" as const,
        subjectType: "ingestRun" as const,
        subjectId: run.id,
        after: { route: run.route, accepted: run.accepted, rejected: run.rejected },
      })),
    );
    return runs.map((run) => run.id);
  });
}
