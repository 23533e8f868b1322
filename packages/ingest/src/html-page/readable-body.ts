import { Readability } from "@mozilla/readability";
import { tidyParagraphs, type PageDocument } from "./dom-text.ts";

export interface ReadableBody {
  title: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  links: string[];
  images: string[];
}

type PageElement = NonNullable<ReturnType<PageDocument["querySelector"]>>;

const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

/**
 * The article body as Firefox Reader View finds it (Readability over a linkedom DOM).
 * Returns null when Readability finds no article. Readability rewrites the document it is given:
 * read what else the page says before.
 */
export function readableBody(document: PageDocument, baseUrl: string | null): ReadableBody | null {
  // The article as Readability's own element, not serialised to HTML to be parsed again.
  const article = new Readability<PageElement>(document, { serializer: (node) => node as PageElement }).parse();
  const content = article?.content;
  if (!content) return null;

  const blocks = innermostBlocks(content);
  const text = blocks.length
    ? tidyParagraphs(blocks.map((el) => el.textContent ?? "").join("\n\n"))
    : tidyParagraphs(article.textContent ?? "");
  return {
    title: article.title?.trim() || null,
    text,
    byline: article.byline?.trim() || null,
    links: absoluteUrls(
      [...content.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
      baseUrl,
    ),
    images: absoluteUrls(
      [...content.querySelectorAll("img[src]")].map((i) => i.getAttribute("src")),
      baseUrl,
    ),
  };
}

/**
 * The text blocks of the article that hold no other block, in page order. A block holding
 * others comes just before the first of them in page order, so it is the one whose next block it
 * contains: found so, not by a query inside each block (a selector compiled per block).
 */
function innermostBlocks(content: PageElement): PageElement[] {
  const blocks = [...content.querySelectorAll(BLOCKS)];
  return blocks.filter((block, i) => {
    const next = blocks[i + 1];
    return !(next && block.contains(next));
  });
}

/** http(s) URLs resolved against the page URL, without duplicates; relative ones need a base. */
export function absoluteUrls(values: (string | null)[], baseUrl: string | null): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    try {
      const url = baseUrl ? new URL(value, baseUrl) : new URL(value);
      if (url.protocol === "http:" || url.protocol === "https:") out.add(url.href);
    } catch {
      // Relative link with no page URL to resolve it against: nothing to keep.
    }
  }
  return [...out];
}
