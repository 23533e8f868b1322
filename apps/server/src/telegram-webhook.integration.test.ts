import type { AddressInfo } from "node:net";
import { SYSTEM_ACTOR } from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import { AppError } from "@tekser/domain/shared/errors.ts";
import { FakeBotApi } from "@tekser/domain/test/fake-bot-api.ts";
import { tiplineStatus, updateTiplineSettings } from "@tekser/domain/tipline/tipline-settings.ts";
import { pollTelegramOnce } from "@tekser/domain/tipline/tipline-worker.ts";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testHttpApp } from "../test/http-test-app.ts";

// The local Bot API server and this server listen on 127.0.0.1, which production refuses.
const LOCAL = { allowPrivateUrls: true };
const ADMIN = { ...SYSTEM_ACTOR, name: "admin" };
const database = useTestDatabase();
const bot = new FakeBotApi();
let app: FastifyInstance;
let baseUrl = "";

const tipTexts = () =>
  database.db.tip
    .findMany({ orderBy: { receivedAt: "asc" }, select: { item: { select: { text: true } } } })
    .then((tips) => tips.map((tip) => tip.item.text));
const settings = (patch: Parameters<typeof updateTiplineSettings>[2]) =>
  updateTiplineSettings(database.db, ADMIN, patch, { outbound: LOCAL, baseUrl });

beforeAll(async () => {
  await bot.start();
  app = await testHttpApp(database.db, { outbound: LOCAL });
  await app.listen({ host: "127.0.0.1", port: 0 });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await settings({ botToken: bot.token, apiBaseUrl: bot.url });
});
afterAll(async () => {
  await app.close();
  await bot.stop();
});

describe("[TIPLINE][WEBHOOK] the desk chooses webhook delivery", () => {
  it("sets the webhook with a secret, takes posted updates once, refuses a post without the secret, and goes back to polling", async () => {
    const { db } = database;
    expect(await settings({ delivery: "webhook" })).toEqual({
      botTokenSet: true,
      apiBaseUrl: bot.url,
      delivery: "webhook",
    });
    expect(bot.webhook).toMatchObject({ url: `${baseUrl}/tipline/telegram-webhook`, maxConnections: 1 });
    const secret = bot.webhook?.secretToken ?? "";
    expect(secret.length).toBeGreaterThanOrEqual(32);
    // While Telegram delivers, nothing polls.
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBeNull();

    expect(
      await bot.postToWebhook(
        { id: 7101, language_code: "ru" },
        { text: "Правда ли, что в Караганде закроют все школы на карантин?" },
      ),
    ).toBe(200);
    expect(await tipTexts()).toEqual(["Правда ли, что в Караганде закроют все школы на карантин?"]);
    expect(bot.sentTo(7101)).toEqual([expect.stringContaining("Спасибо, сообщение получено")]);

    // Telegram re-posts an update it got no answer to: handled once.
    expect(await bot.postToWebhook({ id: 7101 }, {}, { again: true })).toBe(200);
    expect(await tipTexts()).toHaveLength(1);
    expect(bot.sentTo(7101)).toHaveLength(1);

    // A post that does not carry the secret is not Telegram's.
    expect(
      await bot.postToWebhook(
        { id: 7102, language_code: "kk" },
        { text: "Жалған хабар: ертең бәрі тегін" },
        { secret: "guessed" },
      ),
    ).toBe(401);
    expect(await tipTexts()).toHaveLength(1);
    expect(bot.sentTo(7102)).toEqual([]);

    expect(await settings({ delivery: "polling" })).toMatchObject({ delivery: "polling" });
    expect(bot.webhook).toBeNull();
    expect(bot.methodsCalled.filter((method) => method.endsWith("Webhook"))).toEqual(["setWebhook", "deleteWebhook"]);
    expect(
      await bot.postToWebhook({ id: 7101 }, {}, { again: true }).catch((error: unknown) => String(error)),
    ).toContain("no webhook is set");
    const response = await fetch(`${baseUrl}/tipline/telegram-webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify({ update_id: 1 }),
    });
    expect(response.status).toBe(401);

    // The poller reads what came after, not the updates the webhook took.
    bot.privateMessage(
      { id: 7103, language_code: "ru" },
      { text: "Говорят, что в Шымкенте отменят все рейсы до конца недели" },
    );
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBe(1);
    expect(await tipTexts()).toEqual([
      "Правда ли, что в Караганде закроют все школы на карантин?",
      "Говорят, что в Шымкенте отменят все рейсы до конца недели",
    ]);

    const audited = await db.auditEvent.findMany({
      where: { action: "tipline.settings" },
      orderBy: { seq: "asc" },
      select: { after: true },
    });
    expect(audited.map((event) => (event.after as { delivery: string }).delivery)).toEqual([
      "polling",
      "webhook",
      "polling",
    ]);
    expect(JSON.stringify(audited)).not.toContain(secret);
  });

  it("changes nothing when Telegram refuses the webhook, takes it down with a removed token, and wants a token first", async () => {
    const refused = await settings({ apiBaseUrl: `${bot.url}/elsewhere`, delivery: "webhook" }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: "TIPLINE_BOT_API_REFUSED",
      details: { reason: expect.stringContaining("setWebhook") },
    });
    expect(await tiplineStatus(database.db)).toEqual({ botTokenSet: true, apiBaseUrl: bot.url, delivery: "polling" });

    // Removing the token takes the webhook down with it.
    await settings({ delivery: "webhook" });
    expect(bot.webhook).not.toBeNull();
    expect(await settings({ botToken: null })).toEqual({
      botTokenSet: false,
      apiBaseUrl: bot.url,
      delivery: "polling",
    });
    expect(bot.webhook).toBeNull();
    await expect(settings({ delivery: "webhook" })).rejects.toMatchObject({ code: "TIPLINE_NO_BOT_TOKEN" });
  });
});
