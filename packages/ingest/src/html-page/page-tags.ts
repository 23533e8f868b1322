import type { PageDocument } from "./dom-text.ts";

/** What a page says of itself in its `<title>`, `<meta>`, `<link>`, `<time>` and JSON-LD `<script>` elements. */
export interface PageTags {
  /** The first `<title>`'s text. */
  title: string | null;
  /** The `content` of the first `<meta>` whose `property` or `name` is `key`. */
  meta(key: string): string | null;
  /** The `href` of the first `<link rel="canonical">`. */
  canonicalHref: string | null;
  /** The `datetime` of the first `<time>` that has one. */
  timeDatetime: string | null;
  /** The `href`s of the `<link rel="alternate" hreflang>` elements but the `x-default` chooser. */
  alternateHrefs: (string | null)[];
  /** The texts of the `<script type="application/ld+json">` blocks, in page order. */
  ldJsonBlocks: string[];
}

type PageElement = ReturnType<PageDocument["querySelectorAll"]>[number];

// HTML compares these attributes' values without regard to case, as a selector does;
// `property` and `name` are compared as written.
const lowerCase = (value: string | null) => value?.toLowerCase() ?? null;
const HTML_WHITESPACE = /[\t\n\f\r ]+/;

/**
 * Reads the elements in one walk of the document: a selector query per element kind walks the
 * whole page each time, and a page asks a dozen. Elements inside a `<template>` are skipped, as a
 * query skips them.
 */
export function readPageTags(document: PageDocument): PageTags {
  // Undefined until the first such element is met; what it says (even nothing) is then kept.
  let title: string | undefined;
  let canonicalHref: string | null | undefined;
  let timeDatetime: string | undefined;
  const metas: PageElement[] = [];
  const alternateHrefs: (string | null)[] = [];
  const ldJsonBlocks: string[] = [];
  for (const element of document.querySelectorAll("title, meta, link, time, script")) {
    switch (element.localName.toLowerCase()) {
      case "title":
        title ??= element.textContent;
        break;
      case "meta":
        metas.push(element);
        break;
      case "link": {
        const rel = lowerCase(element.getAttribute("rel"));
        if (rel === "canonical" && canonicalHref === undefined) canonicalHref = element.getAttribute("href");
        const hreflang = element.getAttribute("hreflang");
        if (rel?.split(HTML_WHITESPACE).includes("alternate") && hreflang !== null)
          if (hreflang.trim().toLowerCase() !== "x-default") alternateHrefs.push(element.getAttribute("href"));
        break;
      }
      case "time":
        timeDatetime ??= element.getAttribute("datetime") ?? undefined;
        break;
      case "script":
        if (lowerCase(element.getAttribute("type")) === "application/ld+json")
          ldJsonBlocks.push(element.textContent ?? "");
    }
  }
  const meta = (key: string) =>
    metas
      .find((element) => element.getAttribute("property") === key || element.getAttribute("name") === key)
      ?.getAttribute("content") ?? null;
  return {
    title: title ?? null,
    meta,
    canonicalHref: canonicalHref ?? null,
    timeDatetime: timeDatetime ?? null,
    alternateHrefs,
    ldJsonBlocks,
  };
}
