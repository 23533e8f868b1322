import pg from "pg";
import PgBoss from "pg-boss";
import type { z } from "zod";

/** A named kind of background job and the shape of its payload, checked on send and on work. */
export interface JobDefinition<TPayload extends object> {
  readonly name: string;
  readonly payload: z.ZodType<TPayload>;
  /** Retry, expiry and policy for the queue; pg-boss keeps them per queue. */
  readonly queue?: Omit<PgBoss.Queue, "name">;
}

export function defineJob<TPayload extends object>(
  name: string,
  payload: z.ZodType<TPayload>,
  queue?: Omit<PgBoss.Queue, "name">,
): JobDefinition<TPayload> {
  return { name, payload, ...(queue ? { queue } : {}) };
}

/**
 * Runs SQL inside the caller's Prisma transaction, so a job is queued only if the change that
 * caused it commits (a publication and its webhook deliveries, for example).
 */
export interface TransactionalSql {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface StartJobQueueOptions {
  /** Seconds between polls when no NOTIFY woke the worker; pg-boss's default is 2. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

/**
 * How often pg-boss looks for jobs whose worker died (a crash, kill -9) and hands them out again.
 * pg-boss's default is 2 minutes, which on top of a queue's expiry kept such a job waiting.
 */
const MAINTENANCE_INTERVAL_SECONDS = 20;

/** Advisory lock key taken while a queue is created (any fixed 64-bit number unique to this use). */
const CREATE_QUEUE_LOCK = 7_461_300_001;

/**
 * The job queue on PostgreSQL (pg-boss). Every server process starts one against the same
 * database; pg-boss hands each job to exactly one worker, so instances can be added freely.
 */
export class JobQueue {
  private readonly registered = new Set<string>();

  private constructor(
    private readonly boss: PgBoss,
    private readonly databaseUrl: string,
    private readonly options: StartJobQueueOptions,
  ) {}

  static async start(databaseUrl: string, options: StartJobQueueOptions = {}): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      application_name: "tekser-jobs",
      max: 4,
      maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
    });
    // pg-boss reports maintenance and connection failures as events; unhandled they would crash.
    boss.on("error", (error) => options.log?.(`job queue error: ${error.message}`));
    await boss.start();
    return new JobQueue(boss, databaseUrl, options);
  }

  /**
   * As the tables' owner: creates or upgrades pg-boss's schema and creates the queues of `jobs`.
   * pg-boss makes a table partition per queue, which only the owner of its parent table may
   * attach, so an application role that does not own the tables can use only queues made here.
   */
  static async install(ownerUrl: string, jobs: readonly JobDefinition<object>[]): Promise<void> {
    const boss = new PgBoss({
      connectionString: ownerUrl,
      application_name: "tekser-jobs-install",
      max: 1,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    try {
      for (const job of jobs) {
        await createQueueOnce(boss, ownerUrl, job);
        // A queue made by an earlier version keeps its old options (a 15-minute expiry) unless told.
        if (job.queue) await boss.updateQueue(job.name, { name: job.name, ...job.queue });
      }
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }

  /** Creates the queue once per process (when missing); safe to call from several instances at once. */
  async register(job: JobDefinition<object>): Promise<void> {
    if (this.registered.has(job.name)) return;
    await createQueueOnce(this.boss, this.databaseUrl, job);
    this.registered.add(job.name);
  }

  /**
   * Queues a job. Returns its id, or null when a job with the same singletonKey is already
   * queued (pg-boss's de-duplication). Pass `transaction` to queue it atomically with a change.
   */
  async send<TPayload extends object>(
    job: JobDefinition<TPayload>,
    payload: TPayload,
    options: PgBoss.SendOptions & { transaction?: TransactionalSql } = {},
  ): Promise<string | null> {
    await this.register(job);
    const { transaction, ...sendOptions } = options;
    const data = job.payload.parse(payload);
    return this.boss.send(
      job.name,
      data,
      transaction ? { ...sendOptions, db: prismaExecutor(transaction) } : sendOptions,
    );
  }

  /**
   * Handles jobs one at a time per worker, with `workers` of them in this process (each job goes
   * to one). A handler that throws fails the job, and pg-boss retries it with the queue's
   * back-off; a payload that no longer matches its schema fails at once.
   */
  async work<TPayload extends object>(
    job: JobDefinition<TPayload>,
    handler: (payload: TPayload, meta: { id: string }) => Promise<void>,
    { workers = 1 }: { workers?: number } = {},
  ): Promise<string[]> {
    await this.register(job);
    const pollingIntervalSeconds = this.options.pollingIntervalSeconds ?? 2;
    // pg-boss's worker takes one batch per poll and a failed batch fails all its jobs, so
    // parallel jobs take parallel workers rather than a larger batch.
    const started: string[] = [];
    for (let i = 0; i < workers; i++) {
      started.push(
        await this.boss.work<unknown>(job.name, { pollingIntervalSeconds, batchSize: 1 }, async ([received]) => {
          if (!received) return;
          await handler(job.payload.parse(received.data), { id: received.id });
        }),
      );
    }
    return started;
  }

  /** Runs the job on a cron schedule; pg-boss makes sure only one instance sends each tick. */
  async schedule<TPayload extends object>(
    job: JobDefinition<TPayload>,
    cron: string,
    payload: TPayload,
  ): Promise<void> {
    await this.register(job);
    await this.boss.schedule(job.name, cron, job.payload.parse(payload), { tz: "UTC" });
  }

  async jobState(job: JobDefinition<object>, id: string) {
    return (await this.boss.getJobById(job.name, id, { includeArchive: true }))?.state ?? null;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

async function createQueueOnce(boss: PgBoss, databaseUrl: string, job: JobDefinition<object>): Promise<void> {
  if (await boss.getQueue(job.name)) return;
  // Concurrent creations (instances starting together, or one process registering several jobs)
  // deadlock on the partitioned parent table. A database-wide advisory lock makes them take turns.
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "tekser-jobs" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [CREATE_QUEUE_LOCK]);
    if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, { name: job.name, ...job.queue });
  } finally {
    await client.end(); // ending the session releases its advisory lock
  }
}

function prismaExecutor(transaction: TransactionalSql): PgBoss.Db {
  return {
    executeSql: async (text, values: unknown[]) => ({
      rows: await transaction.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
