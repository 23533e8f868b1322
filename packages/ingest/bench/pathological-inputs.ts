// Prints how long parseInput takes on inputs built to be slow (the cases the parsing thread's
// deadline and the parsers' bounds were written for). Run one case, as a case that is still
// slow can take minutes: `npx tsx bench/pathological-inputs.ts [case]` (no case: all of them).
import { parseInput } from "../src/index.ts";

const KB64 = 65_536;
const PARAGRAPH = "<p>Алматыда жаңа метро бекеті ашылды, деп хабарлайды қала әкімдігі.</p>";
const page = (body: string, head = "") =>
  `<!doctype html><html><head><title>Метро</title>${head}</head><body>${body}</body></html>`;
const feed = (fields: string) =>
  `<rss version="2.0"><channel><link>https://aikyn.kz/</link><item><title>Метро</title><description>Алматыда метро ашылды.</description>${fields}</item></channel></rss>`;
const textPage = (lines: string[]) =>
  ["Qazaq24.com", "Метро ашылды", "Метро ашылды", "Алматыда метро ашылды.", ...lines].join("\n");

const CASES: Record<string, { name: string; text: string }> = {
  "nested-divs-3200": { name: "page.html", text: page(`${"<div>".repeat(3200)}${PARAGRAPH}${"</div>".repeat(3200)}`) },
  "nested-divs-250x3000-paragraphs": {
    name: "page.html",
    text: page(`${"<div>".repeat(250)}${PARAGRAPH.repeat(3000)}${"</div>".repeat(250)}`),
  },
  "pubdate-64kB": { name: "feed.rss", text: feed(`<pubDate>${"a".repeat(KB64)}</pubDate>`) },
  "html-published-time-64kB": {
    name: "page.html",
    text: page(PARAGRAPH.repeat(3), `<meta property="article:published_time" content="${"а".repeat(KB64)}">`),
  },
  "most-read-line-64kB": {
    name: "page.txt",
    text: textPage(["Ең көп оқылғандар", "Бірінші", `a${" ".repeat(KB64)}b`, "12 Наурыз 2026 10:29see161"]),
  },
  "attribution-line-64kB-spaces": {
    name: "page.txt",
    text: [
      "Qazaq24.com",
      "Метро ашылды",
      "Метро ашылды",
      `Жарияланды: ${" ".repeat(KB64)}14 марта 2026`,
      "Алматыда метро ашылды.",
    ].join("\n"),
  },
  "word-64kB": {
    name: "feed.rss",
    text: feed(`<author>x</author>`).replace("Алматыда метро ашылды.", "a".repeat(KB64)),
  },
};

for (const [label, { name, text }] of Object.entries(CASES)) {
  if (process.argv[2] && process.argv[2] !== label) continue;
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  const { items, errors } = parseInput({ name, bytes, fetchedAt: new Date("2026-03-14T12:00:00Z") });
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(34)} ${(bytes.length / 1024).toFixed(0).padStart(5)} kB ${ms.toFixed(0).padStart(8)} ms  items ${items.length}, errors ${errors.length}`,
  );
}
