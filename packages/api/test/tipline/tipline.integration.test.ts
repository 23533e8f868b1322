import { readFileSync } from "node:fs";
import { fixtureUrl } from "@tekser/fixtures";
import { JobQueue } from "@tekser/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "@tekser/domain/test/fake-bot-api.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { retractNotice } from "@tekser/domain/publish/notice-corrections.ts";
import { publishNotice } from "@tekser/domain/publish/notices.ts";
import type { OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import { updateTiplineSettings } from "@tekser/domain/tipline/tipline-settings.ts";
import { TIPS_PER_SENDER_PER_HOUR } from "@tekser/domain/tipline/tip-senders.ts";
import { pollTelegramOnce, startTipline } from "@tekser/domain/tipline/tipline-worker.ts";

// The local Bot API server listens on 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };
const BASE_URL = "http://tekser.test";
const ADMIN = { id: null, name: "admin", role: "admin" };
/** Two paragraphs of the seed article, as a reader would paste them into the bot. */
const COPIED_PARAGRAPHS =
  "Аталған штаб саяси науқан қорытындысы жарияланғанға дейін елдегі дауыс беру барысы туралы сүзгіден өткен шынайы ақпаратты жедел таратуды қамтамасыз етеді. Сондай-ақ референдум күні YouTube желісіндегі Independ.kz арнасында штаб жұмысы тікелей эфирде көрсетіледі. Осыған дейін біршама тәуелсіз бақылаушы Ақпараттық штаб құру бастамасын қолдап, жұмысқа қатысуға ниет білдірген.";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");
const database = useTestDatabase();
const bot = new FakeBotApi();
let jobs: JobQueue | undefined;

async function waitFor<T>(probe: () => Promise<T | undefined | null> | T | undefined | null, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function tipsFrom(chatId: number) {
  return database.db.tip.findMany({
    where: { sender: { chatId: String(chatId) } },
    orderBy: { receivedAt: "asc" },
    select: {
      id: true,
      lang: true,
      mediaRefs: true,
      acknowledgedAt: true,
      item: { select: { kind: true, site: true, text: true, claimId: true, author: true } },
    },
  });
}

beforeAll(async () => {
  await bot.start();
  await updateTiplineSettings(
    database.db,
    ADMIN,
    { botToken: bot.token, apiBaseUrl: bot.url },
    { outbound: LOCAL, baseUrl: "http://tekser.test" },
  );
});
afterAll(async () => {
  await jobs?.stop();
  await bot.stop();
});

describe("[TIPLINE] a private message to the bot becomes a tip", () => {
  it("lands a pasted copy on the claim it copies and acknowledges in Kazakh", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
    const source = await db.item.findFirstOrThrow({
      where: { kind: { not: "tip" }, text: { contains: "Independ.kz" } },
      select: { claimId: true },
    });

    bot.privateMessage({ id: 7001, language_code: "ru" }, { text: COPIED_PARAGRAPHS });
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBe(1);

    const [tip] = await tipsFrom(7001);
    expect(tip?.item).toMatchObject({ kind: "tip", site: "tipline", claimId: source.claimId, author: null });
    // The text is Kazakh, so the Kazakh acknowledgement, whatever the app's language.
    expect(tip?.lang).toBe("kk");
    expect(bot.sentTo(7001)).toEqual([expect.stringContaining("Рахмет, хабарыңыз алынды")]);
    expect(tip?.acknowledgedAt).not.toBeNull();
  });

  it("keeps a forwarded channel post's channel and link, and lands it on the post's claim", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const post =
      "Алматыда 5 желтоқсанда барлық мектептер қашықтан оқуға көшеді деген хабар тарады. Білім басқармасы бұл ақпаратты әлі растаған жоқ.";
    const channelUpdates = {
      ok: true,
      result: [
        {
          update_id: 9001,
          channel_post: {
            message_id: 311,
            chat: { id: -1001500000001, title: "Almaty Today", username: "almaty_today", type: "channel" },
            date: 1764900000,
            text: post,
          },
        },
      ],
    };
    await reviewer.caller.ingest.paste({ name: "channel.json", content: JSON.stringify(channelUpdates) });
    const channelItem = await db.item.findFirstOrThrow({
      where: { site: "t.me", text: post },
      select: { claimId: true },
    });

    bot.privateMessage(
      { id: 7002, language_code: "ru" },
      {
        text: post,
        forward_origin: {
          type: "channel",
          chat: { id: -1001500000001, title: "Almaty Today", username: "almaty_today", type: "channel" },
          message_id: 311,
          date: 1764900000,
        },
      },
    );
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);

    const [tip] = await tipsFrom(7002);
    expect(tip?.item.claimId).toBe(channelItem.claimId);
    const item = await db.item.findFirstOrThrow({
      where: { tips: { some: { id: tip?.id } } },
      select: { originalSource: true, links: true },
    });
    expect(item).toEqual({ originalSource: "t.me/almaty_today", links: ["https://t.me/almaty_today/311"] });
  });

  it("records the Telegram file of a photo (with or without caption) and of an image document for the media stage", async () => {
    const { db } = database;
    const photo = (id: string) => [
      { file_id: `${id}-small`, file_unique_id: `${id}-u-small`, file_size: 1200, width: 90, height: 60 },
      { file_id: `${id}-large`, file_unique_id: `${id}-u-large`, file_size: 81000, width: 1280, height: 853 },
    ];
    bot.privateMessage(
      { id: 7003, language_code: "ru" },
      { photo: photo("AgACAgIAAxkBAAM1"), caption: "Это правда, что в Астане закрывают все рынки с понедельника?" },
    );
    bot.privateMessage({ id: 7003, language_code: "ru" }, { photo: photo("AgACAgIAAxkBAAM2") });
    bot.privateMessage(
      { id: 7003, language_code: "ru" },
      {
        document: {
          file_id: "BQACAgIAAxkBAAM3",
          file_unique_id: "AgADsw",
          file_name: "screenshot.png",
          mime_type: "image/png",
          file_size: 204800,
        },
      },
    );
    bot.privateMessage(
      { id: 7003, language_code: "ru" },
      {
        document: {
          file_id: "BQACAgIAAxkBAAM4",
          file_unique_id: "AgADsx",
          file_name: "report.zip",
          mime_type: "application/zip",
          file_size: 4096,
        },
      },
    );
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBe(4);

    const tips = await tipsFrom(7003);
    expect(tips.map((tip) => [tip.mediaRefs, tip.item.text, tip.lang])).toEqual([
      [["telegram:AgACAgIAAxkBAAM1-large"], "Это правда, что в Астане закрывают все рынки с понедельника?", "ru"],
      [["telegram:AgACAgIAAxkBAAM2-large"], "[image AgACAgIAAxkBAAM2-u-large]", "ru"],
      [["telegram:BQACAgIAAxkBAAM3"], "[image AgADsw]", "ru"],
    ]);
    // The acknowledgement follows the Telegram app's language when the text says nothing.
    expect(bot.sentTo(7003)).toEqual(
      Array.from({ length: 3 }, () => expect.stringContaining("Спасибо, сообщение получено")),
    );
  });

  it("ignores group chats, and refuses a sender past the hourly limit", async () => {
    const { db } = database;
    bot.groupMessage({ id: 7004 }, "Топтағы хабар: бұл тексеруге жіберілмейді");
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    expect(await db.item.count({ where: { text: { contains: "Топтағы хабар" } } })).toBe(0);
    expect(bot.sentTo(-1001234567890)).toEqual([]);

    for (let n = 0; n <= TIPS_PER_SENDER_PER_HOUR; n++)
      bot.privateMessage({ id: 7005, language_code: "kk" }, { text: `Хабар нөмірі ${n}: ауылда су жоқ деген рас па?` });
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    expect(await tipsFrom(7005)).toHaveLength(TIPS_PER_SENDER_PER_HOUR);
    expect(bot.sentTo(7005).at(-1)).toContain("Хабарлар тым көп");
  });

  it("/delete erases what could reach the sender and keeps the tip's text; later tips are not answered", async () => {
    const { db } = database;
    bot.privateMessage(
      { id: 7008, language_code: "ru" },
      { text: "Правда ли, что в Павлодаре закроют ТЭЦ на всё лето?" },
    );
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    const [tip] = await tipsFrom(7008);
    if (!tip) throw new Error("no tip from 7008");
    bot.privateMessage(
      { id: 7008, language_code: "ru" },
      { text: "/delete", entities: [{ type: "bot_command", offset: 0, length: 7 }] },
    );
    bot.privateMessage({ id: 7008, language_code: "ru" }, { text: "И ещё: говорят, что воду отключат во всём городе" });
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);

    const sender = await db.tipSender.findFirstOrThrow({
      where: { tips: { some: { id: tip.id } } },
      select: { chatId: true, consent: true, erasedAt: true, tips: { select: { item: { select: { text: true } } } } },
    });
    expect(sender).toMatchObject({ chatId: null, consent: false });
    expect(sender.erasedAt).not.toBeNull();
    expect(sender.tips.map((kept) => kept.item.text).sort()).toEqual([
      "И ещё: говорят, что воду отключат во всём городе",
      "Правда ли, что в Павлодаре закроют ТЭЦ на всё лето?",
    ]);
    expect(bot.sentTo(7008)).toEqual([
      expect.stringContaining("Спасибо"),
      expect.stringContaining("Ваши контактные данные удалены"),
    ]);
  });

  it("keeps no Telegram id: the sender is an HMAC pseudonym, the raw document only the content, the audit no token", async () => {
    const { db } = database;
    const senders = await db.tipSender.findMany({ select: { pseudonym: true } });
    for (const { pseudonym } of senders) expect(pseudonym).toMatch(/^[0-9a-f]{64}$/);
    const raw = await db.rawDocument.findMany({ where: { format: "tip" }, select: { body: true } });
    const bodies = raw.map(({ body }) => Buffer.from(body).toString("utf8")).join("\n");
    expect(bodies).not.toContain("7001");
    expect(bodies).not.toContain("Айгүл");
    const audit = await db.auditEvent.findMany({
      where: { action: "tipline.settings" },
      select: { after: true, before: true },
    });
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(bot.token);
  });
});

describe("[TIPLINE] the sender hears the verdict", () => {
  it("sends the published notice to the tip's sender through the queue, retrying a refused send, and keeps tips off the notice", async () => {
    const { db } = database;
    jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    await startTipline({ db, jobs, outbound: LOCAL }, BASE_URL);
    const [tip] = await tipsFrom(7001);
    const claimId = tip?.item.claimId;
    if (!claimId) throw new Error("the first test's tip has no claim");

    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const claim = await reviewer.caller.claim.byId({ id: claimId });
    const { reviewId } = await reviewer.caller.review.setVerdict({
      claimId,
      revision: claim.revision,
      verdict: "verified",
      rationale: "The centre announced it at a briefing.",
      evidence: [{ url: "https://aikyn.kz/", note: "Original report" }],
    });
    await editor.caller.review.approve({ reviewId, comment: "Checked" });
    bot.refuseNextSends(1);
    const { noticeId } = await publishNotice(
      db,
      { id: editor.user.id, name: editor.user.username, role: editor.user.role },
      { claimId, lang: "kk", headline: "Ақпараттық штаб шынымен құрылды", summary: "Хабар расталды." },
      { jobs },
    );

    const answer = await waitFor(
      () => bot.sentTo(7001).find((text) => text.includes("Ақпараттық штаб шынымен құрылды")),
      "the answer to the sender",
    );
    expect(answer).toContain("Расталды");
    expect(answer).toContain(`${BASE_URL}/notices/${noticeId}`);
    // The bot has the message before the job records the send: wait for the record.
    const stored = await waitFor(
      () =>
        db.tipAnswer.findFirst({
          where: { tipId: tip.id, sentAt: { not: null } },
          select: { attempts: true, lastError: true, sentAt: true },
        }),
      "the answer recorded as sent",
    );
    expect(stored).toMatchObject({ attempts: 2, lastError: null });
    expect(stored.sentAt).not.toBeNull();
    const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId }, select: { snapshot: true } });
    expect(JSON.stringify(version.snapshot)).not.toContain("tipline");
  }, 60_000);

  it("answers at once a tip on a claim already published, but never a sender who said /stop", async () => {
    bot.privateMessage({ id: 7006, language_code: "kk" }, { text: COPIED_PARAGRAPHS });
    const sent = await waitFor(
      () => (bot.sentTo(7006).length >= 2 ? bot.sentTo(7006) : undefined),
      "the acknowledgement and the answer",
    );
    expect(sent).toEqual([
      expect.stringContaining("Рахмет"),
      expect.stringContaining("Ақпараттық штаб шынымен құрылды"),
    ]);

    bot.privateMessage(
      { id: 7007, language_code: "ru" },
      { text: "/stop", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    );
    bot.privateMessage({ id: 7007, language_code: "ru" }, { text: COPIED_PARAGRAPHS });
    await waitFor(async () => ((await tipsFrom7007()).length === 1 ? true : undefined), "the stopped sender's tip");
    expect(bot.sentTo(7007)).toEqual([expect.stringContaining("больше не будем")]);
    const sender = await database.db.tipSender.findFirstOrThrow({
      where: { tips: { some: {} }, consent: false, erasedAt: null },
      select: { chatId: true },
    });
    expect(sender.chatId).toBeNull();
  }, 60_000);

  it("tells the senders who heard the verdict, in their language, when the notice is retracted, and nobody else", async () => {
    const { db } = database;
    if (!jobs) throw new Error("the queue starts with the first answer test");
    const [tip] = await tipsFrom(7001);
    const notice = await db.notice.findFirstOrThrow({
      where: { claimId: tip?.item.claimId ?? "" },
      select: { id: true, currentVersion: true },
    });
    const editor = await loggedIn(db, "editor");
    const sentBefore = bot.sent.length;
    await retractNotice(
      db,
      { id: editor.user.id, name: editor.user.username, role: editor.user.role },
      {
        noticeId: notice.id,
        expectedVersion: notice.currentVersion,
        changeNote: "Штаб құрылмады: хабарландыру кейін жойылды.",
      },
      { jobs },
    );

    const told = await waitFor(() => {
      const retractions = bot.sent.slice(sentBefore).filter((message) => message.text.includes("кері алды"));
      return retractions.length === 2 ? retractions : undefined;
    }, "the retraction to both answered senders");
    expect(told.map((message) => message.chat_id).sort()).toEqual(["7001", "7006"]);
    for (const { text } of told) {
      expect(text).toContain("Ақпараттық штаб шынымен құрылды");
      expect(text).toContain("Себебі: Штаб құрылмады: хабарландыру кейін жойылды.");
      expect(text).toContain(`${BASE_URL}/notices/${notice.id}`);
      // The withdrawn verdict is not repeated as if it still stood.
      expect(text).not.toContain("Расталды");
    }
    await waitFor(
      async () =>
        (await db.tipAnswer.count({
          where: { noticeId: notice.id, version: notice.currentVersion + 1, sentAt: { not: null } },
        })) === 2
          ? true
          : undefined,
      "both retraction answers recorded",
    );
    // The sender who said /stop, and the senders of tips on other claims, hear nothing of it.
    expect(
      bot.sent
        .slice(sentBefore)
        .map((message) => message.chat_id)
        .sort(),
    ).toEqual(["7001", "7006"]);
  }, 60_000);
});

/** The tips of senders who said /stop (not /delete): their chat id is gone, so they cannot be found by it. */
async function tipsFrom7007() {
  return database.db.tip.findMany({ where: { sender: { consent: false, erasedAt: null } }, select: { id: true } });
}
