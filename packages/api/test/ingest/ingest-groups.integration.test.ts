import { parseInput } from "@tekser/ingest";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput, type ParsedDocument } from "@tekser/domain/ingest/ingest.ts";

const fetchedAt = new Date("2026-03-14T12:00:00Z");
const updates = (name: string, ...posts: unknown[]): IngestInput => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify({ ok: true, result: posts })),
});

function channelPost(messageId: number, text: string, edited = false) {
  const key = edited ? "edited_channel_post" : "channel_post";
  return {
    update_id: messageId * 10 + (edited ? 1 : 0),
    [key]: { message_id: messageId, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text },
  };
}

// Small inputs are stored several to a transaction (ingest.ts): these check that storing them
// together changes nothing a reader of the report, the items or the audit log can see.
describe("ingest service: inputs stored together", () => {
  const database = useTestDatabase();

  it("stores repeated content once and a later edit as a version, with one audit event per input", async () => {
    const { db } = database;
    const auditsBefore = await db.auditEvent.count({ where: { action: "ingest.document" } });
    const report = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [
        updates("first.json", channelPost(8001, "Павлодарда жаңа көпір салынды.")),
        updates(
          "second.json",
          channelPost(8002, "В Усть-Каменогорске открыли школу."),
          channelPost(8001, "Павлодарда жаңа көпір салынды."),
        ),
        updates("edit.json", channelPost(8001, "Павлодарда жаңа көпір салынбады: бұл 2019 жылғы сурет.", true)),
      ],
      { fetchedAt },
    );
    expect(report).toMatchObject({ accepted: 3, edited: 1, duplicates: 1, rejected: 0 });
    const [first, second, repeated, edit] = report.items;
    expect(repeated).toMatchObject({ id: first?.id, duplicate: true });
    expect(edit).toMatchObject({ id: first?.id, duplicate: false, version: 2 });
    expect(second?.id).not.toBe(first?.id);
    const item = await db.item.findUniqueOrThrow({
      where: { id: first?.id ?? "" },
      select: { text: true, version: true, _count: { select: { versions: true } } },
    });
    expect(item).toMatchObject({
      text: "Павлодарда жаңа көпір салынбады: бұл 2019 жылғы сурет.",
      version: 2,
      _count: { versions: 2 },
    });
    expect(await db.auditEvent.count({ where: { action: "ingest.document" } })).toBe(auditsBefore + 3);
  });

  it("keeps each input's bytes exactly as received, whatever their encoding, and a repeated input once", async () => {
    const { db } = database;
    // A windows-1251 feed (bytes that are not UTF-8), a UTF-8 page with a byte-order mark, an empty
    // feed and a Bot API update: stored in one group, each body must come back byte for byte.
    const ascii = (text: string) => Buffer.from(text, "latin1");
    const cp1251 = Buffer.concat([
      ascii('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>'),
      Buffer.from("cdeee2eef1f2fc", "hex"), // "Новость" in windows-1251
      ascii("</title><link>https://aikyn.kz/news/9101</link><description>"),
      Buffer.from("c220c0f1f2e0ede520eef2eaf0fbebe820eceef1f22e", "hex"), // "В Астане открыли мост."
      ascii("</description></item></channel></rss>"),
    ]);
    const page = Buffer.concat([
      Buffer.from("efbbbf", "hex"),
      Buffer.from(
        '<!doctype html><html lang="kk"><head><title>Көпір ашылды</title></head><body><article>' +
          "<p>Астанада Есіл өзені арқылы өтетін жаңа көпір ашылды, деп хабарлайды қала әкімдігі. Көпірдің ұзындығы " +
          "төрт жүз метр, оның үстімен күн сайын он мың көлік өтеді деп күтілуде.</p><p>Құрылыс екі жылға созылды. " +
          "Әкімдіктің айтуынша, көпір қаланың оң және сол жағалауын жалғап, кептелісті азайтады.</p></article></body></html>",
      ),
    ]);
    const inputs: IngestInput[] = [
      { name: "feed-1251.xml", bytes: cp1251 },
      { name: "page.html", bytes: page },
      { name: "empty.xml", bytes: new TextEncoder().encode('<rss version="2.0"><channel></channel></rss>') },
      updates("post.json", channelPost(8201, "Қостанайда жаңа мектеп ашылды.")),
      { name: "feed-1251-again.xml", bytes: cp1251 },
    ];
    const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt });
    expect(report.errors).toEqual([]);
    const stored = await db.rawDocument.findMany({
      where: { runId: report.runId },
      select: { inputName: true, body: true },
    });
    expect(stored.map(({ inputName }) => inputName).sort()).toEqual([
      "empty.xml",
      "feed-1251.xml",
      "page.html",
      "post.json",
    ]);
    for (const { inputName, body } of stored)
      expect(
        Buffer.from(body).equals(Buffer.from(inputs.find((input) => input.name === inputName)?.bytes ?? [])),
        inputName,
      ).toBe(true);
  });

  it("reports an input the database refuses, keeps its raw bytes, and loses nothing stored with it", async () => {
    const { db } = database;
    // A parser result PostgreSQL cannot store (an item kind outside its enum) stands for any
    // input the database refuses.
    const parse = (input: IngestInput, at: Date): ParsedDocument => {
      const parsed = parseInput({ name: input.name, bytes: input.bytes, fetchedAt: at });
      return input.name === "refused.json"
        ? { ...parsed, items: parsed.items.map((item) => ({ ...item, kind: "bogus" as never })) }
        : parsed;
    };
    const inputs = [
      updates("kept-1.json", channelPost(8101, "Атырауда су тасқыны басталды.")),
      updates("refused.json", channelPost(8102, "В Атырау начался паводок.")),
      updates("kept-2.json", channelPost(8103, "Ақтөбеде жаңа аурухана ашылды.")),
    ];
    const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt, parse });
    expect(report).toMatchObject({ accepted: 2, duplicates: 0, rejected: 1 });
    expect(report.errors).toEqual([
      {
        input: "refused.json",
        location: "document",
        message: expect.stringMatching(/^The database refused this input: .*ItemKind/),
      },
    ]);
    const kept = await db.ingestError.findFirstOrThrow({
      where: { runId: report.runId },
      select: { input: true, location: true, raw: true },
    });
    expect(kept).toMatchObject({ input: "refused.json", location: "document" });
    expect(Buffer.from(kept.raw ?? []).equals(Buffer.from(inputs[1]?.bytes ?? []))).toBe(true);
    const texts = await db.item.findMany({
      where: { id: { in: report.items.map((item) => item.id) } },
      select: { text: true },
      orderBy: { text: "asc" },
    });
    expect(texts.map(({ text }) => text)).toEqual(["Атырауда су тасқыны басталды.", "Ақтөбеде жаңа аурухана ашылды."]);
  });
});
