import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readPageTags } from "./page-tags.ts";

const tagsOf = (html: string) => readPageTags(parseHTML(html).document);

describe("readPageTags", () => {
  it("keeps the first of each element, even when it says nothing", () => {
    const tags = tagsOf(`<html><head>
      <link rel="canonical"><link rel="canonical" href="https://b.kz/2">
      <title>Бірінші</title><title>Екінші</title>
      </head><body><time>кеше</time><time datetime="">?</time><time datetime="2026-03-14">14 наурыз</time></body></html>`);
    expect(tags.canonicalHref).toBeNull();
    expect(tags.title).toBe("Бірінші");
    expect(tags.timeDatetime).toBe("");
  });

  it("finds a meta tag by property or by name, whichever comes first, names compared as written", () => {
    const tags = tagsOf(`<head><meta name="og:title" content="by name"><meta property="og:title" content="by property">
      <meta property="OG:IMAGE" content="/upper.png"><meta property="og:image" content="/lower.png"><meta name="author"></head>`);
    expect(tags.meta("og:title")).toBe("by name");
    expect(tags.meta("og:image")).toBe("/lower.png");
    expect(tags.meta("author")).toBeNull();
    expect(tags.meta("og:url")).toBeNull();
  });

  it("compares rel and type without regard to case and reads rel as a list of words", () => {
    const tags = tagsOf(`<head><link rel="CANONICAL" href="https://a.kz/1">
      <link rel="Alternate stylesheet" hreflang="ru" href="/ru"><link rel="alternate" hreflang=" X-Default " href="/choose">
      <link rel="alternate" href="/no-language"><link rel="alternates" hreflang="en" href="/not-alternate">
      <script type="Application/LD+JSON">{"a":1}</script><script type="application/json">{"b":2}</script>
      <script type="application/ld+json">{"c":3}</script></head>`);
    expect(tags.canonicalHref).toBe("https://a.kz/1");
    expect(tags.alternateHrefs).toEqual(["/ru"]);
    expect(tags.ldJsonBlocks).toEqual(['{"a":1}', '{"c":3}']);
  });

  it("skips what a template holds, as a selector query does", () => {
    const tags = tagsOf(`<body><template><title>шаблон</title><meta property="og:image" content="/t.png">
      <time datetime="2020-01-01">x</time></template><p>мәтін</p></body>`);
    expect(tags.title).toBeNull();
    expect(tags.meta("og:image")).toBeNull();
    expect(tags.timeDatetime).toBeNull();
  });
});
