import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { slowPage } from "@tekser/domain/test/slow-page.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";

const fetchedAt = new Date("2026-03-14T12:00:00Z");
const encode = (text: string) => new TextEncoder().encode(text);

describe("ingest service: an input that takes too long to parse", () => {
  const database = useTestDatabase();

  it("is refused with a located error and its bytes kept, and the next input of the same call is ingested", async () => {
    const { db } = database;
    const slow: IngestInput = { name: "deep.html", bytes: encode(slowPage(250, 3000)) };
    const post = {
      update_id: 1,
      channel_post: {
        message_id: 5501,
        chat: { id: -1001712345678, type: "channel" },
        date: 1773459000,
        text: "Павлодарда жаңа көпір ашылды.",
      },
    };
    const next: IngestInput = { name: "post.json", bytes: encode(JSON.stringify(post)) };

    // Seconds of Readability against a deadline of one.
    const report = await ingestInputs(db, SYSTEM_ACTOR, "dashboard", [slow, next], {
      fetchedAt,
      parseDeadline: { baseMs: 1_000, perMegabyteMs: 0 },
    });

    expect(report).toMatchObject({ accepted: 1, rejected: 1 });
    expect(report.errors).toEqual([
      {
        input: "deep.html",
        location: "document",
        message: expect.stringMatching(
          /^parsing took longer than 1 s, the time allowed for an input of \d+ kB, and was stopped/,
        ),
        code: "parser.tooSlow",
      },
    ]);
    expect(report.items).toMatchObject([{ duplicate: false }]);
    const item = await db.item.findUniqueOrThrow({ where: { id: report.items[0]?.id }, select: { text: true } });
    expect(item.text).toBe("Павлодарда жаңа көпір ашылды.");
    const [kept] = await db.ingestError.findMany({
      where: { runId: report.runId },
      select: { input: true, location: true, raw: true },
    });
    expect(kept).toMatchObject({ input: "deep.html", location: "document" });
    expect(Buffer.from(kept?.raw ?? []).equals(Buffer.from(slow.bytes))).toBe(true);
    // Two parsing threads start (the second after the first is stopped), each loading the parsers:
    // on a loaded 2-core machine that alone can take tens of seconds.
  }, 120_000);
});
