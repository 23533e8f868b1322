import type { TLang, TParsedItem } from "@tekser/contracts";
import { parseHTML } from "linkedom";
import { attributedSource, sourceLineValue } from "../attribution.ts";
import { canonicalizeUrl, normaliseSite, siteFromUrlOrDomain } from "../canonical-url.ts";
import { detectLanguage } from "../detect-language.ts";
import type { LocatedError } from "../errors.ts";
import { httpUrlOrDropped } from "../http-urls.ts";
import { isoOrNull, newItem } from "../item.ts";
import { parseLocalDate } from "../local-date.ts";
import type { PageContext } from "../text-page/text-page-parser.ts";
import { isTemplatePlaceholder, type PageDocument } from "./dom-text.ts";
import { elementBeyondDepth, MAX_ELEMENT_DEPTH } from "./element-depth.ts";
import { readLdArticle } from "./json-ld.ts";
import { readPageTags, type PageTags } from "./page-tags.ts";
import { absoluteUrls, readableBody } from "./readable-body.ts";

const LOCATION = "document";
// Readability always returns its best candidate, even a lone menu link; less text than a short
// news brief is not an article.
const MIN_DOM_BODY_CHARS = 80;

/**
 * Parses a saved news page: the body from Readability (or the JSON-LD articleBody when the DOM
 * holds only template placeholders or nothing readable), metadata from JSON-LD NewsArticle,
 * OpenGraph and article:* meta tags, in that order of trust.
 */
export function parseHtmlPage(html: string, ctx: PageContext): { items: TParsedItem[]; errors: LocatedError[] } {
  const errors: LocatedError[] = [];
  const { document } = parseHTML(html);
  const tags = readPageTags(document);
  const meta = (key: string): string | null => usable(tags.meta(key));
  const ld = readLdArticle(tags.ldJsonBlocks, errors);

  const nameUrl = /^https?:\/\//i.test(ctx.name.trim()) ? ctx.name.trim() : null;
  // A javascript: or relative og:url is skipped (and reported) so the next candidate can serve.
  const canonicalLink = httpUrlOrDropped(usable(tags.canonicalHref), LOCATION, 'link rel="canonical"', errors, nameUrl);
  const url =
    httpUrlOrDropped(meta("og:url"), LOCATION, "og:url", errors, nameUrl) ??
    canonicalLink ??
    httpUrlOrDropped(ld?.url, LOCATION, "JSON-LD url", errors, nameUrl) ??
    nameUrl;
  // Readability rewrites the document (scripts, styles, the body): what else the page says is read first.
  const { pageTitle, ogTitle, siteName, published, declaredLang, metaAuthor, ogImage, alternates } = pageMetadata(
    document,
    tags,
    meta,
    ld,
  );
  const readable = withinDepth(document.documentElement, errors) ? safeReadable(document, url, errors) : null;

  const domText = readable?.text ?? "";
  const useDom = domText.length >= MIN_DOM_BODY_CHARS && !isTemplatePlaceholder(domText);
  const rawBody = useDom ? domText : (ld?.articleBody ?? "");
  if (rawBody.trim() === "") {
    errors.push(
      isTemplatePlaceholder(domText)
        ? {
            location: "document body",
            message:
              "the page body is an unfilled template ({{…}} placeholders) and the page has no JSON-LD articleBody",
            code: "htmlPage.unfilledTemplate",
          }
        : {
            location: "document body",
            message: "no article body found: Readability found no article text and the page has no JSON-LD articleBody",
            code: "htmlPage.noBody",
          },
    );
    return { items: [], errors };
  }
  const title = firstUsable(ld?.headline, ogTitle, readable?.title, pageTitle);
  const { text, source } = stripAttribution(withoutLeadingTitle(rawBody, title));
  const canonicalUrl = url || canonicalLink ? canonicalizeUrl(canonicalLink ?? url ?? "") : null;
  const site = (canonicalUrl && siteFromUrlOrDomain(canonicalUrl)) ?? (siteName ? normaliseSite(siteName) : "unknown");

  const item = newItem({
    kind: "article",
    location: LOCATION,
    url,
    canonicalUrl,
    site,
    originalSource: source,
    title,
    text,
    lang: pickLanguage(`${title ?? ""}\n${text}`, declaredLang),
    publishedAt: published ? isoOrNull(parseLocalDate(published, { now: ctx.fetchedAt })) : null,
    author: ld?.authors.length ? ld.authors.join(", ") : firstUsable(readable?.byline, metaAuthor),
    links: useDom ? (readable?.links ?? []) : [],
    mediaUrls: absoluteUrls([ogImage, ...(ld?.images ?? []), ...(useDom ? (readable?.images ?? []) : [])], url),
    languageVersions: languageVersions(alternates, url, canonicalUrl),
  });
  return { items: [item], errors };
}

/** What the page says of itself outside its body: meta tags, JSON-LD, `<title>`, `<time>`, alternate links. */
function pageMetadata(
  document: PageDocument,
  tags: PageTags,
  meta: (key: string) => string | null,
  ld: ReturnType<typeof readLdArticle>,
) {
  return {
    pageTitle: tags.title,
    ogTitle: meta("og:title"),
    siteName: meta("og:site_name") ?? ld?.publisher ?? null,
    published: ld?.datePublished ?? meta("article:published_time") ?? usable(tags.timeDatetime),
    declaredLang: ld?.inLanguage ?? usable(document.documentElement?.getAttribute("lang")) ?? meta("og:locale"),
    metaAuthor: personName(meta("author")),
    ogImage: meta("og:image"),
    alternates: tags.alternateHrefs,
  };
}

/**
 * The page's versions in other languages (kk/ru outlets publish both) from its alternate links,
 * canonicalised so they meet the other version's canonical URL; not the page itself.
 */
function languageVersions(
  alternates: (string | null)[],
  pageUrl: string | null,
  canonicalUrl: string | null,
): string[] {
  const urls = absoluteUrls(alternates, pageUrl).map(canonicalizeUrl);
  return [...new Set(urls)].filter((url) => url !== canonicalUrl);
}

function withinDepth(root: Parameters<typeof elementBeyondDepth>[0], errors: LocatedError[]): boolean {
  const tooDeep = elementBeyondDepth(root);
  if (tooDeep) {
    errors.push({
      location: `document body, element at depth ${tooDeep.depth} (${tooDeep.path})`,
      message: `elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep: the body was not read from the page (only its JSON-LD)`,
      code: "htmlPage.nestedTooDeep",
      params: { maxDepth: MAX_ELEMENT_DEPTH },
    });
  }
  return !tooDeep;
}

// Readability is third-party code walking an arbitrary DOM; its failure must not lose the JSON-LD.
function safeReadable(document: PageDocument, url: string | null, errors: LocatedError[]) {
  try {
    return readableBody(document, url);
  } catch (e) {
    errors.push({
      location: "document body",
      message: `Readability could not read the page: ${(e as Error).message}`,
      code: "htmlPage.unreadableBody",
    });
    return null;
  }
}

/**
 * Removes standalone attribution paragraphs ("Источник: tengrinews.kz", "Дереккөз: …") and
 * reports the outlet; an opening "По данным Zakon.kz, …" sentence is content and stays.
 */
function stripAttribution(body: string): { text: string; source: string | null } {
  const paragraphs = body.split(/\n\n/);
  let source: string | null = null;
  const kept = paragraphs.filter((p) => {
    const named = sourceLineValue(p);
    if (named !== null || /^(?:источник|дереккөз|source)\s*:/iu.test(p)) {
      source ??= named;
      return false;
    }
    return true;
  });
  source ??= paragraphs[0] ? attributedSource(paragraphs[0]) : null;
  return { text: kept.join("\n\n"), source };
}

// Readability keeps the page's <h1> as the first block; the title is stored separately.
function withoutLeadingTitle(body: string, title: string | null): string {
  const [first, ...rest] = body.split("\n\n");
  return title && first?.trim() === title && rest.length ? rest.join("\n\n") : body;
}

function pickLanguage(text: string, declared: string | null): TLang {
  const detected = detectLanguage(text);
  if (detected !== "other" || !declared) return detected;
  const code = declared.toLowerCase().slice(0, 2);
  return code === "kk" || code === "kz" ? "kk" : code === "ru" ? "ru" : code === "en" ? "en" : "other";
}

function personName(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

function usable(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && !isTemplatePlaceholder(v) ? v : null;
}

function firstUsable(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const u = usable(v);
    if (u) return u.replace(/\s+/g, " ");
  }
  return null;
}
