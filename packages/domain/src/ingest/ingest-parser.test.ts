import { setTimeout as sleep } from "node:timers/promises";
import { parseInput } from "@tekser/ingest";
import { describe, expect, it } from "vitest";
import type { IngestInput } from "./ingest.ts";
import { DEFAULT_PARSE_DEADLINE } from "./ingest-parse-supervisor.ts";
import { parsedInOrder, parserThread, type InputParser, type ParseResult } from "./ingest-parser.ts";
import { slowPage } from "../../test/slow-page.ts";
import { prepareDocument } from "./ingest-prepare.ts";

const inputs = (count: number, bytes = 10): IngestInput[] =>
  Array.from({ length: count }, (_, n) => ({ name: `input-${n}`, bytes: new Uint8Array(bytes) }));

const refusal = (name: string): ParseResult => ({ refused: { location: "byte 0", message: name } });

describe("parsedInOrder", () => {
  it("yields results in input order however the parses finish, with a bounded number parsed ahead", async () => {
    let started = 0;
    let mostAhead = 0;
    let yielded = 0;
    // Later inputs finish first: the slowest is the earliest.
    const parser: InputParser = {
      parse: async (input) => {
        started++;
        mostAhead = Math.max(mostAhead, started - yielded);
        await sleep(Math.max(0, 20 - Number(input.name.split("-")[1]) / 10));
        return refusal(input.name);
      },
    };
    const names: string[] = [];
    for await (const { input, result } of parsedInOrder(inputs(250), parser)) {
      yielded++;
      expect("refused" in result && result.refused.message).toBe(input.name);
      names.push(input.name);
    }
    expect(names).toEqual(inputs(250).map((input) => input.name));
    expect(mostAhead).toBeGreaterThan(1);
    expect(mostAhead).toBeLessThanOrEqual(101);
  });

  it("holds at most 4 MB of inputs ahead, but always at least one", async () => {
    const mostInFlightFor = async (count: number, bytes: number) => {
      let inFlight = 0;
      let mostInFlight = 0;
      const parser: InputParser = {
        parse: async (input) => {
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          await sleep(1);
          inFlight--;
          return refusal(input.name);
        },
      };
      let yielded = 0;
      for await (const _ of parsedInOrder(inputs(count, bytes), parser)) yielded++;
      expect(yielded).toBe(count);
      return mostInFlight;
    };
    expect(await mostInFlightFor(6, 1.5 * 1024 * 1024)).toBe(3);
    expect(await mostInFlightFor(3, 7 * 1024 * 1024)).toBe(1);
  });

  it("surfaces a failed parse when its turn comes, not before, and never as an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const parser: InputParser = {
        parse: async (input) => {
          if (input.name === "input-3") throw new Error("parser crashed");
          await sleep(5);
          return refusal(input.name);
        },
      };
      const seen: string[] = [];
      await expect(async () => {
        for await (const { input } of parsedInOrder(inputs(5), parser)) seen.push(input.name);
      }).rejects.toThrow("parser crashed");
      await sleep(20);
      expect(seen).toEqual(["input-0", "input-1", "input-2"]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("parserThread", () => {
  it("parses and prepares on the parsing thread exactly as on this one; a bad input is refused with its location", async () => {
    const fetchedAt = new Date("2026-03-14T12:00:00Z");
    const parser = parserThread({ fetchedAt });
    const feed = {
      name: "feed.xml",
      bytes: new TextEncoder().encode(
        `<rss version="2.0"><channel><link>https://aikyn.kz/</link><item><title>Зейнетақы өседі</title><pubDate>Sat, 14 Mar 2026 03:59:00 +0500</pubDate>` +
          `<link>https://aikyn.kz/news/1?utm_source=tg</link><description>Зейнетақы 2026 жылы өседі.</description></item></channel></rss>`,
      ),
    };
    const [good, bad] = await Promise.all([
      parser.parse(feed),
      parser.parse({ name: "cut.json", bytes: new TextEncoder().encode('{"messages": [') }),
    ]);
    expect(good).toEqual({
      prepared: { input: feed, ...prepareDocument(feed.bytes, parseInput({ ...feed, fetchedAt })) },
    });
    if (!good || !("prepared" in good)) throw new Error("expected a parsed feed");
    const [item] = good.prepared.prepared;
    expect(item?.parsed.canonicalUrl).toBe("https://aikyn.kz/news/1");
    expect(item?.analysis.fingerprint.tokenCount).toBeGreaterThan(0);
    expect(bad).toEqual({
      refused: {
        location: "line 1, column 15",
        message: expect.stringContaining("the file looks truncated"),
        code: "json.truncated",
      },
    });
  });
});

describe("parserThread: one thread shared by the runs, each input within its deadline", () => {
  const fetchedAt = new Date("2026-03-14T12:00:00Z");
  const post = (n: number) => ({
    name: `post-${n}.json`,
    bytes: new TextEncoder().encode(
      JSON.stringify({
        update_id: n,
        channel_post: {
          message_id: n,
          chat: { id: -1001, type: "channel" },
          date: 1773459000,
          text: `Жаңалық нөмірі ${n}.`,
        },
      }),
    ),
  });

  it("takes the runs' inputs in turn: a post sent after a feed's many parts is not parsed last", async () => {
    const feedRun = parserThread({ fetchedAt });
    const postRun = parserThread({ fetchedAt });
    const finished: string[] = [];
    const parse = (parser: InputParser, input: IngestInput) =>
      parser.parse(input).then(() => finished.push(input.name));
    const parts = Array.from({ length: 20 }, (_, n) => ({ ...post(n), name: `part-${n}.json` }));
    await Promise.all([...parts.map((part) => parse(feedRun, part)), parse(postRun, post(99))]);
    // The feed's own parts still come back in the order sent.
    expect(finished.filter((name) => name.startsWith("part-"))).toEqual(parts.map(({ name }) => name));
    expect(finished.indexOf(post(99).name)).toBeLessThan(5);
  });

  it("refuses the input with a located error, and parses the inputs queued behind it on a fresh thread, in order", async () => {
    // The slow page gets 100 ms, the posts sent after it the usual deadline: all wait on one thread.
    const hasty = parserThread({ fetchedAt }, { baseMs: 100, perMegabyteMs: 0 });
    const patient = parserThread({ fetchedAt }, DEFAULT_PARSE_DEADLINE);
    const page = { name: "deep.html", bytes: new TextEncoder().encode(slowPage()) };
    const [stuck, ...after] = await Promise.all([hasty.parse(page), ...[1, 2, 3].map((n) => patient.parse(post(n)))]);
    expect(stuck).toEqual({
      refused: {
        location: "document",
        message: expect.stringMatching(
          /^parsing took longer than 0\.1 s, the time allowed for an input of \d+ kB, and was stopped; the input is kept as received/,
        ),
        code: "parser.tooSlow",
      },
    });
    expect(
      after.map(
        (result) => result && "prepared" in result && result.prepared.prepared.map(({ parsed }) => parsed.text),
      ),
    ).toEqual([["Жаңалық нөмірі 1."], ["Жаңалық нөмірі 2."], ["Жаңалық нөмірі 3."]]);
    // The thread started for them serves the next run as well.
    const next = await patient.parse(post(4));
    expect(next && "prepared" in next && next.prepared.prepared[0]?.parsed.text).toBe("Жаңалық нөмірі 4.");
  });
});
