import type { LocatedError } from "../errors.ts";
import { htmlToText } from "./dom-text.ts";

const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
]);

/** The fields Tekser takes from a schema.org NewsArticle. */
export interface LdArticle {
  headline: string | null;
  articleBody: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
  images: string[];
}

/** The first article object among the page's JSON-LD blocks' texts; broken blocks become errors. */
export function readLdArticle(blocks: readonly string[], errors: LocatedError[]): LdArticle | null {
  let n = 0;
  for (const block of blocks) {
    n++;
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch (e) {
      errors.push({
        location: `JSON-LD block ${n}`,
        message: `not valid JSON, skipped: ${(e as Error).message}`,
        code: "htmlPage.badJsonLd",
      });
      continue;
    }
    const article = findArticle(data);
    if (article) return toLdArticle(article);
  }
  return null;
}

type Obj = Record<string, unknown>;

function findArticle(data: unknown): Obj | null {
  if (Array.isArray(data)) {
    for (const entry of data) {
      const found = findArticle(entry);
      if (found) return found;
    }
    return null;
  }
  if (!isObj(data)) return null;
  const types = ([] as unknown[]).concat(data["@type"]);
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) return data;
  return findArticle(data["@graph"]);
}

function toLdArticle(a: Obj): LdArticle {
  const body = str(a.articleBody);
  const page = a.mainEntityOfPage;
  return {
    headline: textOrNull(str(a.headline)),
    articleBody: body ? htmlToText(body) : null,
    datePublished: str(a.datePublished),
    authors: list(a.author)
      .map(nameOf)
      .filter((x): x is string => x !== null),
    publisher: nameOf(a.publisher),
    url: str(a.url) ?? (isObj(page) ? (str(page["@id"]) ?? str(page.url)) : str(page)),
    inLanguage: str(a.inLanguage),
    images: list(a.image)
      .map((i) => (isObj(i) ? (str(i.contentUrl) ?? str(i.url)) : str(i)))
      .filter((x): x is string => x !== null),
  };
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return textOrNull(value);
  return isObj(value) ? textOrNull(str(value.name)) : null;
}

function textOrNull(value: string | null): string | null {
  const t = value === null ? "" : htmlToText(value).replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

function list(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
