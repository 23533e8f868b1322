import http from "node:http";
import type { AddressInfo } from "node:net";
import { JobQueue } from "@tekser/jobs";
import { afterAll, describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";
import { startWebhookWorker } from "@tekser/domain/publish/webhooks/deliver.ts";
import { deliverWebhookJob } from "@tekser/domain/publish/webhooks/delivery-job.ts";

const DELIVERIES = 8;
const AT_ONCE = 4;
/** A receiver that answers only once AT_ONCE requests wait together (or, sent one by one, each after a pause). */
const LONE_REQUEST_WAIT_MS = 3_000;

let queue: JobQueue | undefined;
let receiver: http.Server | undefined;
afterAll(async () => {
  await queue?.stop();
  receiver?.close();
});

describe("[PUBLISH][WEBHOOKS] deliveries to a local receiver", () => {
  const database = useTestDatabase();

  it("are sent several at once, each delivery id received once", async () => {
    const { db } = database;
    const { editor, noticeId } = await publishSeedNotice(db);
    const admin = await loggedIn(db, "admin");
    const { id: tokenId } = await admin.caller.newsroom.issueToken({ newsroom: "Qazaq Daily" });
    const webhook = await editor.caller.newsroom.registerWebhook({
      tokenId,
      url: "https://newsroom.example.kz/hooks/tekser",
    });

    const received: string[] = [];
    const waiting: (() => void)[] = [];
    let mostAtOnce = 0;
    receiver = http.createServer((request, response) => {
      received.push(String(request.headers["tekser-delivery"]));
      const answer = () => response.writeHead(200).end();
      waiting.push(answer);
      mostAtOnce = Math.max(mostAtOnce, waiting.length);
      if (waiting.length >= AT_ONCE) for (const release of waiting.splice(0)) release();
      else
        setTimeout(
          () => waiting.includes(answer) && waiting.splice(waiting.indexOf(answer), 1) && answer(),
          LONE_REQUEST_WAIT_MS,
        );
      request.resume();
    });
    await new Promise<void>((resolve) => receiver?.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as AddressInfo;
    // Registration takes only public addresses; the receiver here is local.
    await db.webhook.update({ where: { id: webhook.id }, data: { url: `http://127.0.0.1:${port}/hooks/tekser` } });

    queue = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    const ids: string[] = [];
    for (let n = 0; n < DELIVERIES; n++) {
      const { id } = await db.webhookDelivery.create({
        data: { webhookId: webhook.id, noticeId, version: 1 },
        select: { id: true },
      });
      ids.push(id);
      await queue.send(deliverWebhookJob, { deliveryId: id });
    }
    await startWebhookWorker(db, queue, "http://tekser.test", { allowPrivateUrls: true });

    for (let attempt = 0; attempt < 600; attempt++) {
      if ((await db.webhookDelivery.count({ where: { deliveredAt: { not: null } } })) === DELIVERIES) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await db.webhookDelivery.count({ where: { deliveredAt: { not: null } } })).toBe(DELIVERIES);
    expect(received.sort()).toEqual(ids.sort());
    expect(mostAtOnce).toBeGreaterThanOrEqual(AT_ONCE);
  }, 180_000);
});
