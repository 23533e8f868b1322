/**
 * `pnpm bench:audit`: how long verifying a 1M-event chain takes (target < 30 s on 2 cores) and
 * what writing the audit event adds to a verdict mutation (target < 20 %). Prints figures; it
 * asserts nothing (timings belong here, not in tests). BENCH_AUDIT_EVENTS changes the size.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { GENESIS_HASH, hashEvent, type ChainedEvent } from "@tekser/audit";
import type { Db } from "@tekser/db";
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import pg from "pg";
import { createUser } from "../src/accounts/accounts.ts";
import { verifyStoredChain } from "../src/audit/audit-verify.ts";
import { submitVerdict } from "../src/review/review.ts";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const INSERT_BATCH = 20_000;
const VERDICTS = Number(process.env.BENCH_AUDIT_VERDICTS ?? 300);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Builds a valid chain in memory batch by batch and inserts each batch with one unnest() INSERT. */
async function generateChain(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let prevHash = GENESIS_HASH;
  const start = Date.UTC(2026, 0, 1);
  try {
    for (let first = 1; first <= count; first += INSERT_BATCH) {
      const columns: unknown[][] = Array.from({ length: 12 }, () => []);
      for (let seq = first; seq < Math.min(first + INSERT_BATCH, count + 1); seq++) {
        const event: ChainedEvent = {
          seq: String(seq),
          at: new Date(start + seq * 1000).toISOString(),
          actorId: null,
          actorName: `reviewer${seq % 7}`,
          actorRole: "reviewer",
          action: seq % 3 === 0 ? "review.approve" : "review.submit",
          subjectType: "claim",
          subjectId: `claim-${seq % 50_000}`,
          before: { status: "in_review" },
          after: {
            status: "awaiting_second_review",
            verdict: "fake",
            evidence: [{ url: "https://gov.kz/", note: "" }],
          },
          reason: "Тексерілді: ресми дереккөз жоққа шығарды.",
          prevHash,
        };
        const hash = hashEvent(event);
        const row = [
          event.seq,
          event.at,
          event.actorName,
          event.actorRole,
          event.action,
          event.subjectType,
          event.subjectId,
          JSON.stringify(event.before),
          JSON.stringify(event.after),
          event.reason,
          prevHash,
          hash,
        ];
        row.forEach((value, index) => columns[index]?.push(value));
        prevHash = hash;
      }
      await client.query(
        `INSERT INTO "AuditEvent" (seq, at, "actorName", "actorRole", action, "subjectType", "subjectId", before, after, reason, "prevHash", hash)
         SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::text[], $11::text[], $12::text[])`,
        columns,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * The same verdict service with the audit write skipped: recordAudit's two raw statements (chain
 * lock with head read, insert) are its only raw SQL, so skipping raw SQL skips exactly the audit write
 * (the event's hash is still computed, a few microseconds).
 */
function withoutAuditWrites(db: Db): Db {
  return db.$extends({
    query: {
      $queryRaw: async () => [],
      $executeRaw: async () => 0,
    },
  }) as unknown as Db;
}

async function timeVerdicts(db: Db, claimIds: string[], reviewerId: string): Promise<number> {
  const actor = { id: reviewerId, name: "bench-reviewer", role: "reviewer" };
  const began = performance.now();
  for (const claimId of claimIds) {
    await submitVerdict(db, actor, {
      claimId,
      revision: 0,
      verdict: "fake",
      rationale: "The ministry denied it the same day.",
      evidence: [{ url: "https://gov.kz/", note: "denial" }],
    });
  }
  return (performance.now() - began) / claimIds.length;
}

async function main() {
  // The machine's load decides wall-clock figures on a shared box: print it with them.
  console.log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" / ")} (1/5/15 min)`,
  );
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  try {
    let began = performance.now();
    await generateChain(database.url, EVENTS);
    console.log(
      `generated ${EVENTS.toLocaleString("en")} chained events in ${seconds(performance.now() - began)} (batched unnest INSERTs)`,
    );

    began = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await verifyStoredChain(database.db);
    const verifyMs = performance.now() - began;
    const cpu = process.cpuUsage(cpuBefore);
    if (!report.ok || report.checked !== EVENTS)
      throw new Error(`verification failed: ${JSON.stringify(report.firstBreak)}`);
    console.log(
      `verify ${EVENTS.toLocaleString("en")} events: ${seconds(verifyMs)} (${Math.round(EVENTS / (verifyMs / 1000)).toLocaleString("en")} events/s; target < 30 s); this process used ${seconds((cpu.user + cpu.system) / 1000)} CPU`,
    );

    const reviewerId = await createUser(database.db, {
      username: "bench-reviewer",
      displayName: "Bench",
      role: "reviewer",
      password: "bench-password-123",
    });
    const claims = await database.db.claim.createManyAndReturn({
      data: Array.from({ length: VERDICTS * 2 + 20 }, (_, i) => ({
        title: `Bench claim ${i}`,
        lang: "kk",
        firstSeenAt: new Date(),
      })),
      select: { id: true },
    });
    const ids = claims.map((claim) => claim.id);
    const plain = withoutAuditWrites(database.db);
    await timeVerdicts(database.db, ids.slice(0, 10), reviewerId); // warm-up: connections, query plans
    await timeVerdicts(plain, ids.slice(10, 20), reviewerId);
    // Interleaved rounds so drift (cache, autovacuum) hits both sides alike.
    const rounds = 10;
    const per = VERDICTS / rounds;
    let withMs = 0;
    let withoutMs = 0;
    for (let round = 0; round < rounds; round++) {
      const offset = 20 + round * per * 2;
      withMs += await timeVerdicts(database.db, ids.slice(offset, offset + per), reviewerId);
      withoutMs += await timeVerdicts(plain, ids.slice(offset + per, offset + per * 2), reviewerId);
    }
    withMs /= rounds;
    withoutMs /= rounds;
    const overhead = ((withMs - withoutMs) / withoutMs) * 100;
    console.log(
      `verdict mutation (submitVerdict, ${VERDICTS} each, on a ${EVENTS.toLocaleString("en")}-event log): with audit ${withMs.toFixed(2)} ms, without ${withoutMs.toFixed(2)} ms → audit overhead ${overhead.toFixed(1)} % (target < 20 %)`,
    );
  } finally {
    await database.drop();
    await server.stop();
  }
}

await main();
