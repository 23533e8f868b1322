import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";

const fetchedAt = new Date("2026-03-14T12:00:00Z");
const utf8 = (text: string) => new TextEncoder().encode(text);

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Orda.kz</title><link>https://orda.kz/</link>
  <item><title>Цены на хлеб выросли</title><link>https://orda.kz/news/101</link><description>В Караганде цены на хлеб выросли на пять процентов за месяц.</description></item>
  <item><title>Жаңа мектеп ашылды</title><link>https://orda.kz/news/102</link><description>Қостанайда үш жүз орындық жаңа мектеп ашылды.</description></item>
</channel></rss>`;
const GOOD_TEXT = "В Караганде цены на хлеб выросли на пять процентов за месяц.";

/** The feed with one byte 0xFF (never valid in UTF-8) inserted inside the word "хлеб" of the first description. */
function withBadByte(feed: string): Uint8Array {
  const bytes = utf8(feed);
  const at = Buffer.from(bytes).indexOf(Buffer.from("хлеб выросли на")) + 2;
  return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
}

function telegramPost(text: string): IngestInput {
  const update = {
    update_id: 88001,
    channel_post: { message_id: 8800, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text },
  };
  return { name: "update.json", bytes: utf8(JSON.stringify(update)) };
}

describe("ingest service: decoding damage never becomes a version", () => {
  const database = useTestDatabase();

  it("re-ingesting a feed with one bad byte creates no version and keeps the good text", async () => {
    const { db } = database;
    const first = await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name: "feed.xml", bytes: utf8(FEED) }], { fetchedAt });
    expect(first).toMatchObject({ accepted: 2, rejected: 0 });
    const versions = await db.itemVersion.count();

    const damaged = await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name: "feed.xml", bytes: withBadByte(FEED) }], {
      fetchedAt,
    });
    expect(damaged).toMatchObject({ accepted: 0, edited: 0, duplicates: 2, rejected: 0 });
    expect(await db.itemVersion.count()).toBe(versions);
    const item = await db.item.findUniqueOrThrow({
      where: { id: first.items[0]?.id },
      select: { text: true, title: true, version: true },
    });
    expect(item).toEqual({ text: GOOD_TEXT, title: "Цены на хлеб выросли", version: 1 });
  });

  it("takes a re-fetch whose text is the stored text as mojibake or with U+FFFD for a duplicate, and a real edit for a version", async () => {
    const { db } = database;
    const text = "Алматыда метроның жаңа бекеті ашылды.";
    const first = await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [telegramPost(text)], { fetchedAt });
    const itemId = first.items[0]?.id;
    const mojibake = new TextDecoder("windows-1251").decode(utf8(text));
    const replaced = "Алматыда метроның ж\uFFFD\uFFFDңа бекеті ашылды.";
    for (const copy of [mojibake, replaced]) {
      const report = await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [telegramPost(copy)], { fetchedAt });
      expect(report).toMatchObject({ accepted: 0, edited: 0, duplicates: 1, items: [{ id: itemId, version: 1 }] });
    }
    expect(await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { text: true, version: true } })).toEqual({
      text,
      version: 1,
    });

    const edit = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [telegramPost("Алматыда метроның екі жаңа бекеті ашылды.")],
      { fetchedAt },
    );
    expect(edit).toMatchObject({ edited: 1, items: [{ id: itemId, version: 2 }] });
  });
});
