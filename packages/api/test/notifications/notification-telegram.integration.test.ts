import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import { updateTiplineSettings } from "@tekser/domain/tipline/tipline-settings.ts";
import { pollTelegramOnce } from "@tekser/domain/tipline/tipline-worker.ts";
import { FakeBotApi } from "@tekser/domain/test/fake-bot-api.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { useNotificationWorker } from "./notification-worker-harness.ts";

// The local Bot API server listens on 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };
const ADMIN = { id: null, name: "admin", role: "admin" };
const CHAT = 770_001;

const database = useTestDatabase();

describe("[REVIEW][NOTIFICATIONS][TELEGRAM] notifications through the desk's Telegram bot", () => {
  const bot = new FakeBotApi();
  beforeAll(async () => {
    await bot.start();
    await updateTiplineSettings(
      database.db,
      ADMIN,
      { botToken: bot.token, apiBaseUrl: bot.url },
      { outbound: LOCAL, baseUrl: "http://tekser.test" },
    );
  });
  afterAll(() => bot.stop());
  useNotificationWorker(database, LOCAL);

  it("links a chat with a one-time code sent to the bot, then sends the chosen kinds there; the code is not a tip", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    await editor.caller.auth.setLocale({ locale: "en" });
    const { code } = await editor.caller.notification.telegramLinkCode();

    bot.privateMessage({ id: CHAT, language_code: "ru" }, { text: `/start ${code}` });
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    expect(bot.sentTo(CHAT)).toEqual([expect.stringContaining("Done: Tekser notifications will come to this chat")]);
    expect(await db.tip.count()).toBe(0);
    expect(await db.tipSender.count()).toBe(0);
    expect(await editor.caller.notification.settings()).toMatchObject({
      telegramLinked: true,
      telegramAvailable: true,
    });

    // The code is used up: sent again, from another chat, it links nothing.
    bot.privateMessage({ id: CHAT + 1 }, { text: `/start ${code}` });
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    expect(bot.sentTo(CHAT + 1)).toEqual([expect.stringContaining("This code is unknown or has expired")]);

    await editor.caller.notification.updatePreferences({ email: "", emailKinds: [], telegramKinds: ["assigned"] });
    const claim = await db.claim.create({
      data: { title: "Алматыда метро ертеңнен жабылады", lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    await reviewer.caller.workflow.assign({ claimId: claim.id, assigneeId: editor.user.id });

    await expect.poll(() => bot.sentTo(CHAT).length, { timeout: 20_000 }).toBe(2);
    expect(bot.sentTo(CHAT)[1]).toBe(
      `${reviewer.user.displayName} assigned you “Алматыда метро ертеңнен жабылады”\n\nhttp://tekser.test/claims/${claim.id}`,
    );

    // Unlinked, the chat hears nothing more, and no Telegram delivery is even written.
    await editor.caller.notification.unlinkTelegram();
    await reviewer.caller.workflow.assign({
      claimId: (
        await db.claim.create({ data: { title: "Екінші", lang: "kk", firstSeenAt: new Date() }, select: { id: true } })
      ).id,
      assigneeId: editor.user.id,
    });
    const latest = await db.notification.findFirstOrThrow({
      where: { userId: editor.user.id },
      orderBy: { createdAt: "desc" },
      select: { deliveries: true },
    });
    expect(latest.deliveries).toEqual([]);
  });
});
