import { describe, expect, it } from "vitest";
import { incomingOf, ZTelegramUpdate } from "./telegram-update.ts";

const from = { id: 55, is_bot: false, first_name: "Дана", language_code: "kk" };
const privateChat = { id: 55, first_name: "Дана", type: "private" };
const update = (message: Record<string, unknown>) =>
  ZTelegramUpdate.parse({
    update_id: 1,
    message: { message_id: 9, date: 1764900000, from, chat: privateChat, ...message },
  });

describe("incomingOf: what a private message to the bot is", () => {
  it("takes links from url entities (UTF-16 offsets, after emoji and surrounding spaces) and from text links", () => {
    const text = "  🔥 Қараңыз: https://example.kz/news/1 және осы жерде";
    const start = text.indexOf("https://");
    const incoming = incomingOf(
      update({
        text,
        entities: [
          { type: "url", offset: start, length: "https://example.kz/news/1".length },
          { type: "text_link", offset: text.indexOf("осы"), length: 3, url: "https://t.me/somechannel/77" },
        ],
      }),
    );
    expect(incoming).toMatchObject({
      type: "tip",
      text: text.trim(),
      links: ["https://example.kz/news/1", "https://t.me/somechannel/77"],
      mediaRefs: [],
    });
  });

  it("reads commands, also addressed to the bot by name, and only the known ones", () => {
    expect(incomingOf(update({ text: "/stop" }))).toMatchObject({
      type: "command",
      command: "stop",
      sender: { userId: "55", chatId: "55", languageCode: "kk" },
    });
    expect(incomingOf(update({ text: "/delete@tekser_tips_bot" }))).toMatchObject({
      type: "command",
      command: "delete",
    });
    expect(incomingOf(update({ text: "/unknown" }))).toMatchObject({ type: "tip", text: "/unknown" });
  });

  it("tells a desk member's notification link code (/start link-…) from a reader's /start", () => {
    expect(incomingOf(update({ text: "/start link-AB3CD4EF" }))).toMatchObject({
      type: "staffLink",
      secret: "AB3CD4EF",
      sender: { chatId: "55" },
    });
    expect(incomingOf(update({ text: "/start@tekser_tips_bot link-AB3CD4EF" }))).toMatchObject({
      type: "staffLink",
      secret: "AB3CD4EF",
    });
    expect(incomingOf(update({ text: "/start" }))).toMatchObject({ type: "command", command: "start" });
    expect(incomingOf(update({ text: "/start link-short" }))).toMatchObject({ type: "tip" });
  });

  it("keeps nothing from bots, groups, or a message with neither text nor image", () => {
    expect(incomingOf(update({ from: { ...from, is_bot: true }, text: "spam" }))).toBeNull();
    expect(incomingOf(update({ chat: { id: -100123, title: "Chat", type: "group" }, text: "hello" }))).toBeNull();
    expect(incomingOf(update({ sticker: { file_id: "x" } }))).toBeNull();
    expect(
      incomingOf(update({ document: { file_id: "BQ", file_unique_id: "AQ", mime_type: "application/pdf" } })),
    ).toBeNull();
  });
});
