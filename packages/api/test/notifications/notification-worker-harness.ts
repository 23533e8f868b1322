import { JobQueue } from "@tekser/jobs";
import { afterAll, beforeAll } from "vitest";
import { startNotificationDelivery } from "@tekser/domain/notifications/notification-worker.ts";
import { startChangeFeed } from "@tekser/domain/shared/change-feed.ts";
import { BLOCK_PRIVATE_URLS, type OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import type { useTestDatabase } from "../harness.ts";
import { LocalSmtpServer } from "../local-smtp-server.ts";

type TestDatabase = ReturnType<typeof useTestDatabase>;

/** For a describe block: the notification worker (job queue and change feed), as a server process runs it. */
export function useNotificationWorker(database: TestDatabase, outbound: OutboundPolicy = BLOCK_PRIVATE_URLS): void {
  let jobs: JobQueue;
  let feed: Awaited<ReturnType<typeof startChangeFeed>>;
  let stopDelivery: () => void;
  beforeAll(async () => {
    jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    feed = await startChangeFeed(database.url);
    stopDelivery = await startNotificationDelivery({
      db: database.db,
      jobs,
      changes: feed.hub,
      outbound,
      baseUrl: "http://tekser.test",
    });
  });
  afterAll(async () => {
    stopDelivery();
    await jobs.stop();
    await feed.stop();
  });
}

/** The worker, and a local SMTP server for the desk's mail settings to point at. */
export function useMailDelivery(database: TestDatabase): LocalSmtpServer {
  const smtp = new LocalSmtpServer();
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());
  useNotificationWorker(database);
  return smtp;
}
