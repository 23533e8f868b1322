import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "@tekser/domain/test/fake-bot-api.ts";
import { useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs } from "@tekser/domain/ingest/ingest.ts";
import { sweepPendingMedia } from "@tekser/domain/media/media-job.ts";
import { ocrAvailability } from "@tekser/domain/media/tesseract.ts";
import { updateTiplineSettings } from "@tekser/domain/tipline/tipline-settings.ts";
import { pollTelegramOnce } from "@tekser/domain/tipline/tipline-worker.ts";
import { renderScreenshot } from "@tekser/domain/test/media-images.ts";

// The local Bot API server listens on 127.0.0.1, which production refuses.
const LOCAL = { allowPrivateUrls: true };
const FAKE_TEXT =
  "В Караганде с понедельника закрывают все продуктовые рынки на карантин, сообщают в мессенджерах. В акимате города заявили, что это неправда: рынки работают в обычном режиме, никаких ограничений не вводилось.";

describe("[MEDIA][TIPLINE] a photo sent to the bot", () => {
  const database = useTestDatabase();
  const bot = new FakeBotApi();
  beforeAll(async () => {
    const ocr = await ocrAvailability();
    if (!ocr.available) throw new Error(`These tests read text in images: ${ocr.reason}`);
    await bot.start();
    await updateTiplineSettings(
      database.db,
      { id: null, name: "admin", role: "admin" },
      { botToken: bot.token, apiBaseUrl: bot.url },
      { outbound: LOCAL, baseUrl: "http://tekser.test" },
    );
  });
  afterAll(async () => bot.stop());

  it("is downloaded through the Bot API, stored, and a screenshot of a known fake brings the tip to the fake's claim", async () => {
    const { db } = database;
    const page = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "krg",
      home_page_url: "https://krg.kz/",
      language: "ru",
      items: [
        {
          id: "1",
          url: "https://krg.kz/markets",
          content_text: FAKE_TEXT,
          date_published: "2026-12-01T10:00:00+05:00",
        },
      ],
    });
    await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name: "krg.json", bytes: new TextEncoder().encode(page) }], {});
    const fake = await db.item.findFirstOrThrow({
      where: { url: "https://krg.kz/markets" },
      select: { claimId: true },
    });

    bot.addFile("AgACAgIAAxkBAAM9-large", await renderScreenshot(FAKE_TEXT, { width: 720, fontSize: 22 }));
    bot.privateMessage(
      { id: 7101, language_code: "ru" },
      {
        photo: [
          { file_id: "AgACAgIAAxkBAAM9-large", file_unique_id: "AgADtA", file_size: 81000, width: 720, height: 400 },
        ],
      },
    );
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBe(1);
    const tip = await db.tip.findFirstOrThrow({
      where: { sender: { chatId: "7101" } },
      select: { itemId: true, item: { select: { claimId: true } } },
    });
    expect(tip.item.claimId).not.toBe(fake.claimId);

    await sweepPendingMedia(db, LOCAL);

    const media = await db.itemMedia.findFirstOrThrow({
      where: { itemId: tip.itemId },
      select: { url: true, state: true, error: true, image: { select: { contentType: true, ocrText: true } } },
    });
    expect(media).toMatchObject({
      url: "telegram:AgACAgIAAxkBAAM9-large",
      state: "stored",
      error: null,
      image: { contentType: "image/png" },
    });
    expect(media.image?.ocrText).toContain("рынки");
    expect(bot.methodsCalled).toContain("getFile");
    expect((await db.item.findUniqueOrThrow({ where: { id: tip.itemId }, select: { claimId: true } })).claimId).toBe(
      fake.claimId,
    );
  });

  it("fails with the reason when the bot cannot give the file", async () => {
    const { db } = database;
    bot.privateMessage(
      { id: 7102, language_code: "kk" },
      { photo: [{ file_id: "gone-file", file_unique_id: "AgADtB", file_size: 1000, width: 90, height: 60 }] },
    );
    await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0);
    for (let sweep = 0; sweep < 3; sweep++) await sweepPendingMedia(db, LOCAL);
    const media = await db.itemMedia.findFirstOrThrow({
      where: { url: "telegram:gone-file" },
      select: { state: true, error: true },
    });
    expect(media.state).toBe("failed");
    expect(media.error).toContain("getFile: Bad Request: invalid file_id");
    expect(media.error).not.toContain(bot.token);
  });
});
