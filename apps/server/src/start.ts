import {
  activeSigningKey,
  ensureAdminAccount,
  signEarlierVersions,
  startAuditCheckpoints,
  startChangeFeed,
  startEvidenceArchiver,
  startSourcePolling,
  startWebhookWorker,
  type OutboundPolicy,
  type PublicSite,
  type PublishingDeps,
} from "@tekser/api";
import { createDb, openDatabase } from "@tekser/db";
import { JobQueue } from "@tekser/jobs";
import type { FastifyInstance } from "fastify";
import { buildHttpApp } from "./http-app.ts";
import { WEB_DIST_DIR, type Env } from "./env.ts";
import { prepareDemoData } from "./demo-data-start.ts";

export interface RunningTekser {
  app: FastifyInstance;
  jobs: JobQueue;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database (embedded unless DATABASE_URL is set), migrates, prepares accounts and serves. */
export async function startTekser(env: Env, log: (message: string) => void = console.log): Promise<RunningTekser> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.TEKSER_DATA_DIR,
    embeddedPort: env.TEKSER_EMBEDDED_PG_PORT,
    log,
  });
  const db = createDb(database.url);
  const jobs = await JobQueue.start(database.url, { log });
  const outbound: OutboundPolicy = { allowPrivateUrls: env.TEKSER_ALLOW_PRIVATE_URLS === "on" };
  await startSourcePolling(jobs, db, outbound, log);

  const admin = await ensureAdminAccount(db, env.TEKSER_ADMIN_PASSWORD);
  if (admin.created && admin.generatedPassword) {
    log(`\n  First start: created the account "${admin.username}" with the one-time password\n\n      ${admin.generatedPassword}\n\n  Log in and choose a new password; it is not shown again.\n`);
  }
  // Created now rather than at first publication, so the public key set is never empty.
  await activeSigningKey(db, env.TEKSER_SIGNING_KEY);
  await startAuditCheckpoints(jobs, db, env.TEKSER_SIGNING_KEY);
  const signed = await signEarlierVersions(db, env.TEKSER_SIGNING_KEY);
  if (signed > 0) log(`  Signed ${signed} notice versions published before notices were signed.`);
  await prepareDemoData(db, env, log);

  const baseUrl = env.PUBLIC_BASE_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  const site: PublicSite = {
    baseUrl,
    organisationName: env.TEKSER_ORG_NAME,
    organisationUrl: env.TEKSER_ORG_URL ?? baseUrl,
  };
  const publishing: PublishingDeps = { signingKeyPem: env.TEKSER_SIGNING_KEY, jobs };
  await startWebhookWorker(db, jobs, baseUrl, outbound);
  await startEvidenceArchiver(db, jobs, outbound);
  const changeFeed = await startChangeFeed(database.url, log);
  const app = await buildHttpApp({
    db,
    site,
    publishing,
    outbound,
    webDistDir: WEB_DIST_DIR,
    logLevel: env.LOG_LEVEL,
    changes: changeFeed.hub,
  });
  const address = await app.listen({ host: env.HOST, port: env.PORT });
  return {
    app,
    jobs,
    url: address,
    stop: async () => {
      await app.close();
      await jobs.stop();
      await changeFeed.stop();
      await db.$disconnect();
      await database.close();
    },
  };
}
