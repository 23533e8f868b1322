import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";

const FORMATS = new URL("../../../ingest/fixtures/formats/", import.meta.url);
const fixture = (name: string): IngestInput => ({ name, bytes: readFileSync(new URL(name, FORMATS)) });
const json = (name: string, value: unknown): IngestInput => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const fetchedAt = new Date("2026-03-14T12:00:00Z");

function channelPost(messageId: number, text: string, edited = false) {
  const key = edited ? "edited_channel_post" : "channel_post";
  return {
    update_id: messageId * 10 + (edited ? 1 : 0),
    [key]: { message_id: messageId, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text },
  };
}

/** A Bot API edit of message 910 made at `editedAt` (Unix seconds); the post itself is from 1773459000. */
function editedAt(text: string, editDate: number) {
  return {
    update_id: editDate,
    edited_channel_post: {
      message_id: 910,
      chat: { id: -1001712345678, type: "channel" },
      date: 1773459000,
      edit_date: editDate,
      text,
    },
  };
}

describe("ingest service: idempotence and versions", () => {
  const database = useTestDatabase();

  it("stores every format once; re-ingesting the same files creates nothing", async () => {
    const { db } = database;
    const names = [
      "rss2-kk.rss",
      "atom-ru.atom",
      "json-feed-kk.json",
      "telegram-export-result.json",
      "x-api-v2-tweets.json",
      "vk-wall-get.json",
      "monitoring-export.csv",
    ];
    const first = await ingestInputs(db, SYSTEM_ACTOR, "cli", names.map(fixture), { fetchedAt });
    expect(first.accepted).toBe(16);
    expect(first.rejected).toBe(7);
    const items = await db.item.count();
    const claims = await db.claim.count();
    const second = await ingestInputs(db, SYSTEM_ACTOR, "cli", names.map(fixture), { fetchedAt });
    expect(second).toMatchObject({ accepted: 0, edited: 0, duplicates: 16 });
    expect(await db.item.count()).toBe(items);
    expect(await db.claim.count()).toBe(claims);
    expect(await db.itemVersion.count()).toBe(items);
  });

  it("counts without listing items, or listing only some, when asked to (long directory runs), the same counts as a listed run", async () => {
    const { db } = database;
    const before = await db.item.count();
    const posts = [
      json("p1.json", channelPost(7001, "Қостанайда жаңа зауыт ашылды.")),
      json("p2.json", channelPost(7002, "В Караганде закрыли дорогу.")),
    ];
    const unlisted = await ingestInputs(db, SYSTEM_ACTOR, "cli", posts, { fetchedAt, listItems: false });
    expect(unlisted).toMatchObject({ accepted: 2, duplicates: 0, items: [] });
    const listed = await ingestInputs(db, SYSTEM_ACTOR, "cli", posts, { fetchedAt });
    expect(listed).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(listed.items).toHaveLength(2);
    const capped = await ingestInputs(db, SYSTEM_ACTOR, "cli", posts, { fetchedAt, listItems: 1 });
    expect(capped).toMatchObject({ duplicates: 2, items: [{ id: listed.items[0]?.id }] });
    expect(await db.item.count()).toBe(before + 2);
  });

  it("treats the same post from a Telegram export and a Bot API update as one item", async () => {
    const { db } = database;
    await ingestInputs(db, SYSTEM_ACTOR, "cli", [fixture("telegram-export-result.json")], { fetchedAt });
    const viaBot = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("update.json", channelPost(2, "Алматыда метроның жаңа бекеті ашылды."))],
      { fetchedAt },
    );
    expect(viaBot).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("makes an edited post a new version of its item, keeping its claim, and an old version a duplicate", async () => {
    const { db } = database;
    const original = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("a.json", channelPost(900, "Шымкентте митинг болды ма?"))],
      { fetchedAt },
    );
    const edit = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("b.json", channelPost(900, "Шымкентте митинг болған жоқ: видео 2019 жылы түсірілген.", true))],
      { fetchedAt },
    );
    const itemId = original.items[0]?.id;
    expect(edit).toMatchObject({
      accepted: 1,
      edited: 1,
      duplicates: 0,
      items: [{ id: itemId, version: 2, duplicate: false }],
    });
    const item = await db.item.findUniqueOrThrow({
      where: { id: itemId },
      select: {
        text: true,
        version: true,
        claimId: true,
        versions: { select: { version: true, text: true }, orderBy: { version: "asc" } },
      },
    });
    expect(item.text).toBe("Шымкентте митинг болған жоқ: видео 2019 жылы түсірілген.");
    expect(item.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(item.versions[0]?.text).toBe("Шымкентте митинг болды ма?");
    expect(await db.claim.count({ where: { items: { some: { id: itemId } } } })).toBe(1);

    const again = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("a2.json", channelPost(900, "Шымкентте митинг болды ма?"))],
      { fetchedAt },
    );
    expect(again).toMatchObject({ accepted: 0, duplicates: 1, items: [{ id: itemId }] });
  });

  it("keeps the good records of a batch and each bad record verbatim with its location", async () => {
    const { db } = database;
    const report = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [fixture("vk-wall-get.json"), { name: "junk.bin", bytes: new Uint8Array([1, 0, 2, 0]) }],
      { fetchedAt },
    );
    expect(report.accepted + report.duplicates).toBe(2);
    expect(report.errors).toEqual([
      {
        input: "vk-wall-get.json",
        location: "$.response.items[2]",
        message: "the post has no id or owner_id",
        code: "record.noId",
        params: { fields: "id, owner_id" },
      },
      { input: "junk.bin", location: "byte 1", message: expect.stringMatching(/NUL bytes/), code: "input.binary" },
    ]);
    const stored = await db.ingestError.findMany({
      where: { runId: report.runId },
      orderBy: { createdAt: "asc" },
      select: { location: true, raw: true },
    });
    expect(JSON.parse(Buffer.from(stored[0]?.raw ?? []).toString("utf8"))).toMatchObject({
      id: 503,
      text: "без владельца",
    });
    expect([...(stored[1]?.raw ?? [])]).toEqual([1, 0, 2, 0]);
  });

  it("stores text a JSON export carries with NUL characters instead of failing the input", async () => {
    const { db } = database;
    const report = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("nul.json", channelPost(77, "Бүгін\u0000 жиналыс болады."))],
      { fetchedAt },
    );
    expect(report.accepted).toBe(1);
    expect((await db.item.findUniqueOrThrow({ where: { id: report.items[0]?.id }, select: { text: true } })).text).toBe(
      "Бүгін жиналыс болады.",
    );
  });

  it("stores an edit that arrives after a later one as an earlier version, keeping the later text current", async () => {
    const { db } = database;
    const original = "Астанада су тасқыны болды.";
    const v1 = channelPost(910, original);
    const v2 = editedAt("Астанада су тасқыны болды: 3 аудан су астында.", 1773459600);
    const v3 = editedAt("Астанада су тасқыны болды: 3 аудан су астында, ескерту жарияланды.", 1773460200);
    const first = await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [json("v3.json", v3)], { fetchedAt });
    const itemId = first.items[0]?.id;
    // The original post, then the middle edit, reach Tekser after the newest edit.
    const late = await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [json("v1.json", v1), json("v2.json", v2)], {
      fetchedAt,
    });
    expect(late.items.map((i) => ({ id: i.id, version: i.version, duplicate: i.duplicate }))).toEqual([
      { id: itemId, version: 1, duplicate: false },
      { id: itemId, version: 2, duplicate: false },
    ]);
    const item = await db.item.findUniqueOrThrow({
      where: { id: itemId },
      select: {
        text: true,
        version: true,
        editedAt: true,
        versions: { select: { version: true, text: true, editedAt: true }, orderBy: { version: "asc" } },
      },
    });
    expect(item).toMatchObject({ text: v3.edited_channel_post.text, version: 3, editedAt: new Date(1773460200_000) });
    expect(item.versions).toEqual([
      { version: 1, text: original, editedAt: null },
      { version: 2, text: v2.edited_channel_post.text, editedAt: new Date(1773459600_000) },
      { version: 3, text: v3.edited_channel_post.text, editedAt: new Date(1773460200_000) },
    ]);

    const again = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "dashboard",
      [json("v1b.json", v1), json("v2b.json", v2), json("v3b.json", v3)],
      { fetchedAt },
    );
    expect(again).toMatchObject({ accepted: 0, duplicates: 3 });
    expect(await db.itemVersion.count({ where: { itemId } })).toBe(3);

    // A newer edit still becomes current, numbered after the others.
    const v4 = editedAt("Астанада су тасқыны аяқталды.", 1773463800);
    expect(await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [json("v4.json", v4)], { fetchedAt })).toMatchObject({
      items: [{ id: itemId, version: 4 }],
    });
    expect(await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { text: true, version: true } })).toEqual({
      text: v4.edited_channel_post.text,
      version: 4,
    });
  });

  it("takes a post and its edits from one getUpdates batch, in any order, as one item showing the newest edit", async () => {
    const { db } = database;
    const post = (update: object) => ({ ...update, update_id: Math.random() });
    const original = channelPost(920, "Қарағандыда жол жабылды.");
    const edit = {
      edited_channel_post: {
        message_id: 920,
        chat: { id: -1001712345678, type: "channel" },
        date: 1773459000,
        edit_date: 1773459900,
        text: "Қарағандыда жол жабылды: жөндеу жұмыстары жүріп жатыр.",
      },
    };
    const report = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "poll",
      [json("updates.json", { ok: true, result: [post(edit), post(original)] })],
      { fetchedAt },
    );
    expect(report).toMatchObject({ accepted: 2, rejected: 0 });
    const ids = new Set(report.items.map((i) => i.id));
    expect(ids.size).toBe(1);
    const item = await db.item.findUniqueOrThrow({
      where: { id: [...ids][0] },
      select: {
        text: true,
        version: true,
        versions: { select: { version: true, text: true }, orderBy: { version: "asc" } },
      },
    });
    expect(item).toEqual({
      text: edit.edited_channel_post.text,
      version: 2,
      versions: [
        { version: 1, text: "Қарағандыда жол жабылды." },
        { version: 2, text: edit.edited_channel_post.text },
      ],
    });
  });

  it("makes an X edit fetched before its original one item: the edit shown, the original's time (from its id, then from itself) kept", async () => {
    const { db } = database;
    const history = ["2032683137233846280", "2032688000000000000"];
    const original = {
      id: history[0],
      text: "Атырауда мұнай құбыры жарылды",
      created_at: "2026-03-14T05:00:00.000Z",
      edit_history_tweet_ids: history,
    };
    const edit = {
      id: history[1],
      text: "Атырауда мұнай құбыры жарылған жоқ: жаттығу өтті",
      created_at: "2026-03-14T05:20:00.000Z",
      edit_history_tweet_ids: history,
    };
    const first = await ingestInputs(db, SYSTEM_ACTOR, "cli", [json("edit.json", { data: [edit] })], { fetchedAt });
    // The original's id is a snowflake: it tells when the post was first published.
    expect(first.items[0]?.publishedAt).toBe(original.created_at);
    const late = await ingestInputs(db, SYSTEM_ACTOR, "cli", [json("original.json", { data: [original] })], {
      fetchedAt,
    });
    expect(late.items).toMatchObject([{ id: first.items[0]?.id, version: 1, duplicate: false }]);
    const item = await db.item.findUniqueOrThrow({
      where: { id: first.items[0]?.id },
      select: { text: true, version: true, publishedAt: true, editedAt: true },
    });
    expect(item).toEqual({
      text: edit.text,
      version: 2,
      publishedAt: new Date(original.created_at),
      editedAt: new Date(edit.created_at),
    });
  });

  it("lets a feed format without edit times replace the text in arrival order, as before", async () => {
    const { db } = database;
    const xml = (body: string): IngestInput => ({ name: "feed.xml", bytes: new TextEncoder().encode(body) });
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://orda.kz/"/><updated>2026-03-14T09:00:00Z</updated>
      <entry><title>Бидай бағасы</title><link href="https://orda.kz/a/77"/><published>2026-03-14T08:00:00Z</published><updated>2026-03-14T09:00:00Z</updated><content>Бидай бағасы 5 пайызға өсті.</content></entry></feed>`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://orda.kz/</link>
      <item><title>Бидай бағасы</title><link>https://orda.kz/a/77</link><pubDate>Sat, 14 Mar 2026 08:00:00 GMT</pubDate><description>Бидай бағасы 7 пайызға өсті.</description></item></channel></rss>`;
    const first = await ingestInputs(db, SYSTEM_ACTOR, "cli", [xml(atom)], { fetchedAt });
    const second = await ingestInputs(db, SYSTEM_ACTOR, "cli", [xml(rss)], { fetchedAt });
    expect(second.items).toMatchObject([{ id: first.items[0]?.id, version: 2, duplicate: false }]);
    expect(
      await db.item.findUniqueOrThrow({ where: { id: first.items[0]?.id }, select: { text: true, editedAt: true } }),
    ).toEqual({ text: "Бидай бағасы 7 пайызға өсті.", editedAt: null });
  });
});
