import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { readInputs, type UnreadableInput } from "./inputs.ts";

const database = useTestDatabase();
const fetchedAt = new Date("2026-03-14T12:00:00Z");

/** A Telegram Desktop channel export of `count` messages, pretty-printed as the app writes it. */
function channelExport(count: number): string {
  const messages = Array.from({ length: count }, (_, id) => ({
    id: id + 1,
    type: "message",
    date: "2026-03-14T10:00:00",
    date_unixtime: "1773464400",
    from: "Жаңалықтар",
    text: [{ type: "bold", text: `Хабар ${id + 1}: ` }, `Өскеменде ${id + 1}-ші мектеп ашылды, деп хабарлады әкімдік.`],
  }));
  return JSON.stringify({ name: "Жаңалықтар", type: "public_channel", id: 1771234567, messages }, null, 1);
}

async function collect(paths: string[], splitBytes: number) {
  const unreadable: UnreadableInput[] = [];
  const inputs: IngestInput[] = [];
  for await (const input of readInputs(paths, (problem) => unreadable.push(problem), splitBytes)) inputs.push(input);
  return { inputs, unreadable };
}

// The real threshold is 32 MB; the tests lower it so a file of a few hundred kilobytes streams.
describe("[INGEST][CLI] a large Telegram export or CSV file is streamed a part at a time", () => {
  it("ingests every message of the export, in parts named by their message range", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-split-"));
    const file = path.join(dir, "result.json");
    writeFileSync(file, channelExport(2500));
    const { inputs, unreadable } = await collect([file], 1024);
    expect(unreadable).toEqual([]);
    expect(inputs.map((input) => input.name)).toEqual([
      `${file}#messages[0..999]`,
      `${file}#messages[1000..1999]`,
      `${file}#messages[2000..2499]`,
    ]);
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt, listItems: false });
    expect(report).toMatchObject({ accepted: 2500, rejected: 0 });
    const again = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", (await collect([file], 1024)).inputs, {
      fetchedAt,
      listItems: false,
    });
    expect(again).toMatchObject({ accepted: 0, duplicates: 2500 });
  });

  it("keeps the messages before the cut of a truncated export and reports the cut one with its bytes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-split-"));
    const file = path.join(dir, "cut.json");
    const text = channelExport(30).replaceAll("Өскеменде", "Семейде");
    writeFileSync(file, text.slice(0, text.indexOf("Семейде 30")));
    const { inputs } = await collect([file], 1024);
    expect(inputs.map((input) => input.name)).toEqual([`${file}#messages[0..28]`, `${file}#messages[29..29]`]);
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt, listItems: false });
    expect(report).toMatchObject({ accepted: 29, rejected: 1 });
    expect(report.errors[0]?.input).toBe(`${file}#messages[29..29]`);
    const kept = await database.db.ingestError.findFirstOrThrow({
      where: { runId: report.runId },
      select: { raw: true },
    });
    expect(Buffer.from(kept.raw ?? []).toString("utf8")).toContain('"id": 30');
  });

  it("ingests every record of a large CSV export, each part with the header, quoted newlines intact", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-split-"));
    const file = path.join(dir, "monitoring.csv");
    const rows = Array.from(
      { length: 1200 },
      (_, n) =>
        `Facebook,Astana Today,2026-03-14 09:15:00 +0500,"Астанада ${n + 1}-ші үйде су жоқ.\nТолығырақ: ""Астана Су Арнасы"".",https://www.facebook.com/astanatoday/posts/${n + 1},${n},1,`,
    );
    writeFileSync(
      file,
      ["Platform,Page Name,Post Created,Message,Link,Total Views,Shares,Image", ...rows].join("\r\n"),
    );
    const { inputs } = await collect([file], 1024);
    expect(inputs.map((input) => input.name)).toEqual([`${file}#records[0..999]`, `${file}#records[1000..1199]`]);
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt });
    expect(report).toMatchObject({ accepted: 1200, rejected: 0 });
    expect(report.items[1199]).toMatchObject({ url: "https://www.facebook.com/astanatoday/posts/1200", views: 1199 });
  });

  it("reads a large JSON file that is not an export whole, as before", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-split-"));
    const file = path.join(dir, "tweets.json");
    const tweets = JSON.stringify({
      data: Array.from({ length: 50 }, (_, n) => ({ id: String(n + 1), text: `Tweet ${n + 1} about Almaty metro` })),
    });
    writeFileSync(file, tweets);
    const { inputs } = await collect([file], 1024);
    expect(inputs.map((input) => input.name)).toEqual([file]);
    expect(Buffer.from(inputs[0]?.bytes ?? []).toString("utf8")).toBe(tweets);
  });
});
