import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";
import { BLOCK_PRIVATE_URLS } from "@tekser/domain/shared/outbound/url-guard.ts";
import { attemptDelivery } from "@tekser/domain/publish/webhooks/deliver.ts";
import { listWebhookDeliveries } from "@tekser/domain/publish/webhooks/registry.ts";

describe("[PUBLISH][SSRF] webhook delivery history", () => {
  const database = useTestDatabase();

  it("records a refused address as not allowed, without the internal address its host now resolves to", async () => {
    const { db } = database;
    const { editor, noticeId } = await publishSeedNotice(db);
    const admin = await loggedIn(db, "admin");
    const { id: tokenId } = await admin.caller.newsroom.issueToken({ newsroom: "Qazaq Daily" });
    const webhook = await editor.caller.newsroom.registerWebhook({
      tokenId,
      url: "https://newsroom.example.kz/hooks/tekser",
    });
    // Its host resolves to loopback now: a DNS answer changed after registration.
    const url = "http://localhost:9/hooks/tekser";
    await db.webhook.update({ where: { id: webhook.id }, data: { url } });
    const delivery = await db.webhookDelivery.create({
      data: { webhookId: webhook.id, noticeId, version: 1 },
      select: { id: true },
    });

    await expect(attemptDelivery(db, delivery.id, "http://tekser.test", BLOCK_PRIVATE_URLS)).rejects.toThrow(/failed/);
    const seenByNewsroom = await listWebhookDeliveries(db, { page: 1, perPage: 10, sort: [], filters: {} }, tokenId);
    expect(seenByNewsroom.rows).toMatchObject([
      {
        attempts: 1,
        lastStatus: null,
        lastError: `Address not allowed: ${url} does not point to a public internet address`,
      },
    ]);

    // A host with no DNS answer reveals nothing internal: the newsroom is told so.
    const gone = "http://tekser-receiver.invalid/hooks/tekser";
    await db.webhook.update({ where: { id: webhook.id }, data: { url: gone } });
    const second = await db.webhookDelivery.create({
      data: { webhookId: webhook.id, noticeId, version: 1 },
      select: { id: true },
    });
    await expect(attemptDelivery(db, second.id, "http://tekser.test", BLOCK_PRIVATE_URLS)).rejects.toThrow(/failed/);
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: second.id }, select: { lastError: true } });
    expect(row.lastError).toMatch(
      /^Refused to contact http:\/\/tekser-receiver\.invalid\/hooks\/tekser: its host tekser-receiver\.invalid does not resolve/,
    );
  });
});
