import fc from "fast-check";

// Files that crashed or held up ingest, and about a thousand small malformed ones generated from
// a fixed seed: every format's shape cut short, corrupted, nested without end, unclosed, stuffed
// with long runs of one token, or given another format's name. Generated rather than copied in,
// so the repository does not carry 100 MB of junk.

export interface HostileFile {
  name: string;
  content: string | Uint8Array;
}

const MB = 1024 * 1024;
const PARAGRAPH = "Алматыда жаңа метро бекеті ашылды, деп хабарлайды қала әкімдігі.";
const json = (value: unknown) => JSON.stringify(value);

/** One well-formed file per format, with `s` in its main text field. */
const SHAPES: Record<string, (s: string) => string> = {
  "feed.rss": (s) =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Aikyn</title><link>https://aikyn.kz/</link><item><title>Метро</title><link>https://aikyn.kz/a/1</link><pubDate>Sat, 14 Mar 2026 10:15:00 +0500</pubDate><description>${s}</description></item></channel></rss>`,
  "feed.atom": (s) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Aikyn</title><entry><title>Метро</title><link href="https://aikyn.kz/a/2"/><published>2026-03-14T10:15:00+05:00</published><content>${s}</content></entry></feed>`,
  "page.html": (s) =>
    `<!doctype html><html lang="kk"><head><title>Метро</title><meta property="og:url" content="https://aikyn.kz/a/3"></head><body><article><h1>Метро</h1><p>${s}</p><time datetime="2026-03-14T10:15:00+05:00">14.03.2026</time></article></body></html>`,
  "page.txt": (s) => `Qazaq24.com\nМетро ашылды\nМетро ашылды\n${s}\n12 Наурыз 2026 10:29`,
  "feed.json": (s) =>
    json({
      version: "https://jsonfeed.org/version/1.1",
      items: [
        {
          id: "4",
          url: "https://aikyn.kz/a/4",
          title: "Метро",
          content_text: s,
          date_published: "2026-03-14T10:15:00+05:00",
        },
      ],
    }),
  "result.json": (s) =>
    json({
      name: "Aikyn",
      type: "public_channel",
      id: 1771234567,
      messages: [{ id: 1, type: "message", date: "2026-03-14T10:15:00", text: s }],
    }),
  "update.json": (s) =>
    json({
      update_id: 1,
      channel_post: { message_id: 5, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text: s },
    }),
  "tweets.json": (s) =>
    json({
      data: [{ id: "1", text: s, author_id: "2", created_at: "2026-03-14T05:15:00Z" }],
      includes: { users: [{ id: "2", username: "aikyn" }] },
    }),
  "wall.json": (s) => json({ response: { items: [{ id: 1, owner_id: -1, date: 1773459000, text: s }] } }),
  "export.csv": (s) => `text,url,date\n"${s.replaceAll('"', '""')}",https://aikyn.kz/a/5,2026-03-14 10:15\n`,
};
const SHAPE_NAMES = Object.keys(SHAPES);

/** Runs of one token: the material of deep nesting and of super-linear matching. */
const TOKENS = [
  "[",
  '{"a":',
  "<div>",
  "<x>",
  "<p>",
  "<![CDATA[",
  "<!--",
  '"',
  "'",
  "\\",
  "&amp;",
  "&#",
  " ",
  "\n",
  "a",
  "1",
  "http://",
  "#тег ",
  "y'",
  "\u0000",
  "\uFFFD",
];

type Mutation =
  | { kind: "cut"; at: number }
  | { kind: "bytes"; at: number; bytes: number[] }
  | { kind: "run"; token: string; count: number; closed: boolean }
  | { kind: "renamed"; as: string }
  | { kind: "noise"; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant("bytes" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("run" as const),
    token: fc.constantFrom(...TOKENS),
    count: fc.integer({ min: 1, max: 20_000 }),
    closed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("renamed" as const),
    as: fc.constantFrom(".csv", ".json", ".rss", ".html", ".txt", ""),
  }),
  fc.record({
    kind: fc.constant("noise" as const),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 2_000 }),
  }),
);

const closing = (token: string) =>
  token.startsWith("<") && !token.startsWith("<!")
    ? `</${token.slice(1)}`
    : token === "["
      ? "]"
      : token.startsWith("{")
        ? "}"
        : "";

/** `shape` changed by `change`; `serial` in its title and text, so no two files bring the same item. */
function mutated(shape: string, change: Mutation, serial: number): HostileFile {
  const make = (s: string) => (SHAPES[shape] ?? String)(s).replaceAll("Метро", `Метро ${serial}`);
  const whole = new TextEncoder().encode(make(`${PARAGRAPH} ${serial}`));
  switch (change.kind) {
    case "cut":
      return { name: shape, content: whole.slice(0, Math.floor(change.at * whole.length)) };
    case "bytes": {
      const at = Math.floor(change.at * whole.length);
      return { name: shape, content: Uint8Array.from([...whole.slice(0, at), ...change.bytes, ...whole.slice(at)]) };
    }
    case "run": {
      const run = change.token.repeat(change.count) + (change.closed ? closing(change.token).repeat(change.count) : "");
      // After the file's own text, so that a run normalised away (spaces) leaves an item of its own.
      return { name: shape, content: make(`${PARAGRAPH} ${serial} ${run}`) };
    }
    case "renamed":
      return { name: shape.replace(/\.[a-z]+$/, change.as), content: whole };
    case "noise":
      return { name: shape, content: Uint8Array.from(change.bytes) };
  }
}

/**
 * `count` small malformed files, the same ones on every run for a given seed. Files with the
 * same bytes are left out (ingest stores the second as the first, under the first's name), so
 * twice as many are drawn.
 */
export function smallHostileFiles(seed: number, count: number): HostileFile[] {
  const seen = new Set<string>();
  return fc
    .sample(fc.tuple(fc.constantFrom(...SHAPE_NAMES), mutation), { seed, numRuns: 2 * count })
    .map(([shape, change], index) => {
      const file = mutated(shape, change, index);
      // A number in every name: files of the same shape must not overwrite each other.
      return { name: `${String(index).padStart(4, "0")}-${change.kind}-${file.name}`, content: file.content };
    })
    .filter(({ content }) => {
      const key = Buffer.from(content).toString("base64");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, count);
}

/** The inputs that crashed or held up ingest before: megabytes of one word, nesting, an unclosed quote. */
export function largeHostileFiles(): HostileFile[] {
  const word = "a".repeat(12 * MB);
  const longUrl = `https://aikyn.kz/${"a".repeat(70_000)}`;
  return [
    { name: "deep-array.json", content: `${"[".repeat(200_000)}${"]".repeat(200_000)}` },
    { name: "deep-object.json", content: `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}` },
    { name: "deep.rss", content: `<rss><channel>${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}</channel></rss>` },
    {
      name: "deep-nested.html",
      content: `<!doctype html><html><body>${"<div>".repeat(3_000)}<p>${PARAGRAPH}</p>${"</div>".repeat(3_000)}</body></html>`,
    },
    {
      name: "deep-unclosed.html",
      content: `<!doctype html><html><body>${"<div><span>".repeat(3_000)}<p>${PARAGRAPH}</p></body></html>`,
    },
    { name: "word.rss", content: (SHAPES["feed.rss"]?.(PARAGRAPH) ?? "").replace("<title>Метро", `<title>${word}`) },
    { name: "word.html", content: SHAPES["page.html"]?.(word) ?? "" },
    { name: "word.json", content: SHAPES["feed.json"]?.(word) ?? "" },
    { name: "word.txt", content: word },
    { name: "apostrophes.json", content: SHAPES["update.json"]?.("s'".repeat(6 * MB)) ?? "" },
    { name: "tags.json", content: SHAPES["update.json"]?.("#тег ".repeat(2 * MB)) ?? "" },
    { name: "unclosed-quote.csv", content: `text,url\n"${`${PARAGRAPH} `.repeat(Math.ceil((40 * MB) / 120))}\n` },
    { name: "long-url.rss", content: (SHAPES["feed.rss"]?.(PARAGRAPH) ?? "").replace("https://aikyn.kz/a/1", longUrl) },
    {
      name: "long-url.html",
      content: (SHAPES["page.html"]?.(PARAGRAPH) ?? "").replace("https://aikyn.kz/a/3", longUrl),
    },
    { name: "long-url.txt", content: `${longUrl}\n${PARAGRAPH}` },
    { name: "long-url.csv", content: `text,url\n${PARAGRAPH},${longUrl}\n` },
  ];
}
