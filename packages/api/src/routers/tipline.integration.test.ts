import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";
import { publishSeedNotice } from "../../test/published-notice.ts";
import { recordTip } from "@tekser/domain/tipline/tip-intake.ts";

const database = useTestDatabase();
const TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

describe("[TIPLINE][ADMIN] bot token and the deletion path", () => {
  it("lets only an admin set the bot token, and never shows it back", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor");
    expect(await refusal(editor.caller.tipline.updateSettings({ botToken: TOKEN }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(admin.caller.tipline.updateSettings({ botToken: "not a token" }))).toMatchObject({
      code: "BAD_REQUEST",
    });

    expect(await admin.caller.tipline.status()).toEqual({
      botTokenSet: false,
      apiBaseUrl: "https://api.telegram.org",
      delivery: "polling",
    });
    const status = await admin.caller.tipline.updateSettings({ botToken: TOKEN, apiBaseUrl: "http://127.0.0.1:8081" });
    expect(status).toEqual({ botTokenSet: true, apiBaseUrl: "http://127.0.0.1:8081", delivery: "polling" });
    expect(JSON.stringify(await admin.caller.tipline.status())).not.toContain(TOKEN);
    const events = await db.auditEvent.findMany({
      where: { action: "tipline.settings" },
      select: { before: true, after: true },
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
    expect((await admin.caller.tipline.updateSettings({ botToken: null })).botTokenSet).toBe(false);
    expect(await refusal(admin.caller.tipline.updateSettings({ delivery: "webhook" }))).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "TIPLINE_NO_BOT_TOKEN",
    });
  });

  it("erases a sender's chat id and contact, keeps the tips' text, and stops answers", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const sender = await db.tipSender.create({
      data: { pseudonym: "a".repeat(64), channel: "telegram", chatId: "424242", lang: "ru" },
      select: { id: true },
    });
    const base = {
      channel: "telegram" as const,
      senderId: sender.id,
      lang: "ru" as const,
      links: [],
      mediaRefs: [],
      forwardedFrom: null,
      sentAt: new Date(),
    };
    const first = await recordTip(db, {
      ...base,
      text: "В Шымкенте с завтрашнего дня отключат газ во всех домах",
      contact: "+7 701 000 00 00",
    });
    await recordTip(db, { ...base, text: "Говорят, что в Шымкенте закроют все школы до весны" });

    expect(await refusal(reviewer.caller.tipline.eraseSender({ tipId: first.tipId }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await admin.caller.tipline.eraseSender({ tipId: first.tipId })).toEqual({ tips: 2 });

    const erased = await db.tipSender.findUniqueOrThrow({
      where: { id: sender.id },
      select: { chatId: true, consent: true, erasedAt: true },
    });
    expect(erased).toMatchObject({ chatId: null, consent: false });
    expect(erased.erasedAt).not.toBeNull();
    const tips = await db.tip.findMany({
      where: { senderId: sender.id },
      select: { contact: true, item: { select: { text: true } } },
      orderBy: { receivedAt: "asc" },
    });
    expect(tips).toEqual([
      { contact: null, item: { text: "В Шымкенте с завтрашнего дня отключат газ во всех домах" } },
      { contact: null, item: { text: "Говорят, что в Шымкенте закроют все школы до весны" } },
    ]);
  });

  it("counts tips per day and channel, answered tips and the median time to answer for the metrics page", async () => {
    const { db } = database;
    const { claimId, noticeId, reviewer } = await publishSeedNotice(db);
    const item = await db.item.findFirstOrThrow({ where: { claimId }, select: { id: true } });
    const at = (iso: string) => new Date(iso);
    const tip = (channel: "telegram" | "web", receivedAt: string) =>
      db.tip.create({
        data: { itemId: item.id, channel, lang: "kk", receivedAt: at(receivedAt) },
        select: { id: true },
      });
    const first = await tip("telegram", "2026-03-02T08:00:00Z");
    const second = await tip("telegram", "2026-03-02T09:00:00Z");
    await tip("web", "2026-03-02T10:00:00Z");
    await tip("telegram", "2026-03-05T10:00:00Z");
    await db.tipAnswer.create({ data: { tipId: first.id, noticeId, version: 1, sentAt: at("2026-03-02T10:00:00Z") } });
    await db.tipAnswer.create({ data: { tipId: second.id, noticeId, version: 1, sentAt: at("2026-03-02T13:00:00Z") } });

    expect(await reviewer.caller.tipline.metrics({ from: "2026-03-01", to: "2026-03-03" })).toEqual({
      tipsPerDay: [
        { day: "2026-03-02", channel: "telegram", count: 2 },
        { day: "2026-03-02", channel: "web", count: 1 },
      ],
      tips: 3,
      answered: 2,
      medianHoursToAnswer: 3,
    });

    // The claim page lists them newest first, with whether the sender heard back; no pseudonym or chat.
    const onClaim = await reviewer.caller.tipline.ofClaim({ id: claimId });
    expect(onClaim.map((listed) => [listed.channel, listed.receivedAt, listed.answeredAt])).toEqual([
      ["telegram", "2026-03-05T10:00:00.000Z", null],
      ["web", "2026-03-02T10:00:00.000Z", null],
      ["telegram", "2026-03-02T09:00:00.000Z", "2026-03-02T13:00:00.000Z"],
      ["telegram", "2026-03-02T08:00:00.000Z", "2026-03-02T10:00:00.000Z"],
    ]);
    expect(JSON.stringify(onClaim)).not.toMatch(/pseudonym|chatId/);
  });
});
