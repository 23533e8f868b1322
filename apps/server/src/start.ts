import {
  ensureAdminAccount,
  prepareAsOwner,
  signEarlierVersions,
  startAuditCheckpoints,
  startChangeFeed,
  startEvidenceArchiver,
  startNotificationDelivery,
  startSourcePolling,
  startInterruptedRunSweep,
  startTipline,
  startMediaWorker,
  startWebhookWorker,
  type OutboundPolicy,
  type PublicSite,
  type PublishingDeps,
} from "@tekser/domain";
import { createDb, openDatabase } from "@tekser/db";
import { JobQueue } from "@tekser/jobs";
import type { FastifyInstance } from "fastify";
import path from "node:path";
import { buildHttpApp } from "./http-app.ts";
import { WEB_DIST_DIR, type Env } from "./env.ts";
import { prepareDemoData } from "./demo-data-start.ts";

export interface RunningTekser {
  app: FastifyInstance;
  jobs: JobQueue;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database (embedded unless DATABASE_URL is set): as the owner, migrates, prepares the
 * job queues and the published signing key, and grants; then serves as the application role.
 */
export async function startTekser(env: Env, log: (message: string) => void = console.log): Promise<RunningTekser> {
  let signingKeyPem = env.TEKSER_SIGNING_KEY;
  const signing = { configuredPem: env.TEKSER_SIGNING_KEY, keyFile: path.join(env.TEKSER_DATA_DIR, "signing-key.pem") };
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL,
    dataDir: env.TEKSER_DATA_DIR,
    embeddedPort: env.TEKSER_EMBEDDED_PG_PORT,
    log,
    prepareAsOwner: async (ownerUrl) => {
      signingKeyPem = await prepareAsOwner(ownerUrl, signing);
    },
  });
  const db = createDb(database.url);
  const jobs = await JobQueue.start(database.url, { log });
  const outbound: OutboundPolicy = { allowPrivateUrls: env.TEKSER_ALLOW_PRIVATE_URLS === "on" };
  await startSourcePolling(jobs, db, outbound, log);
  await startInterruptedRunSweep(jobs, db, log);

  const admin = await ensureAdminAccount(db, env.TEKSER_ADMIN_PASSWORD);
  if (admin.created && admin.generatedPassword) {
    log(
      `\n  First start: created the account "${admin.username}" with the one-time password\n\n      ${admin.generatedPassword}\n\n  Log in and choose a new password; it is not shown again.\n`,
    );
  }
  await startAuditCheckpoints(jobs, db, signingKeyPem);
  const signed = await signEarlierVersions(db, signingKeyPem);
  if (signed > 0) log(`  Signed ${signed} notice versions published before notices were signed.`);
  await prepareDemoData(db, env, signingKeyPem, log);

  const baseUrl = env.PUBLIC_BASE_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  const site: PublicSite = {
    baseUrl,
    organisationName: env.TEKSER_ORG_NAME,
    organisationUrl: env.TEKSER_ORG_URL ?? baseUrl,
    timeZone: env.TEKSER_TIME_ZONE,
  };
  const publishing: PublishingDeps = { signingKeyPem, jobs };
  await startWebhookWorker(db, jobs, baseUrl, outbound);
  await startEvidenceArchiver(db, jobs, outbound);
  await startTipline({ db, jobs, outbound, log }, baseUrl);
  await startMediaWorker(db, jobs, outbound, log);
  const changeFeed = await startChangeFeed(database.url, log);
  const stopNotifications = await startNotificationDelivery({
    db,
    jobs,
    outbound,
    baseUrl,
    changes: changeFeed.hub,
    log,
  });
  const app = await buildHttpApp({
    db,
    site,
    publishing,
    outbound,
    webDistDir: WEB_DIST_DIR,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TEKSER_TRUST_PROXY,
    publicLoad: {
      perClientPerMinute: env.TEKSER_PUBLIC_RATE_LIMIT,
      concurrency: env.TEKSER_PUBLIC_CONCURRENCY,
      queue: env.TEKSER_PUBLIC_QUEUE,
    },
    changes: changeFeed.hub,
  });
  const address = await app.listen({ host: env.HOST, port: env.PORT });
  return {
    app,
    jobs,
    url: address,
    stop: async () => {
      await app.close();
      stopNotifications();
      await jobs.stop();
      await changeFeed.stop();
      await db.$disconnect();
      await database.close();
    },
  };
}
