import type { TParsedItem } from "@tekser/contracts";
import { sourceLineValue } from "../attribution.ts";
import { canonicalizeUrl, normaliseSite, siteFromUrlOrDomain } from "../canonical-url.ts";
import { detectLanguage } from "../detect-language.ts";
import type { LocatedError } from "../errors.ts";
import { isoOrNull, newItem } from "../item.ts";
import { parseLocalDate } from "../local-date.ts";
import { findArticleBlock } from "./article-block.ts";
import { readMostRead } from "./most-read.ts";
import { isDomainLine, lineLocation, pageLines, stripIconWord, type PageLine } from "./page-lines.ts";
import { ARCHIVED_RE, isMostReadHeader, PUBLISHED_RE, viewsOnLine } from "./page-markers.ts";

export interface PageContext {
  /** File name or URL the input came from; a URL becomes the article's url. */
  name: string;
  fetchedAt: Date;
}

/**
 * Parses a text dump of a news page (an aggregator page copied as text): a menu of
 * headlines, the title (usually twice), an attribution line, the body, footer and metadata
 * lines (views, source, archive date), then an optional "most read" list. Yields the article
 * and each most-read entry as a headline item.
 */
export function parseTextPage(text: string, ctx: PageContext): { items: TParsedItem[]; errors: LocatedError[] } {
  const lines = pageLines(text);
  const pageUrl = /^https?:\/\//i.test(ctx.name.trim()) ? ctx.name.trim() : null;
  const site = siteOfPage(lines, pageUrl);
  const mostReadIndex = lines.findIndex((l) => isMostReadHeader(l.text));
  const stop = mostReadIndex === -1 ? lines.length : mostReadIndex;
  const now = ctx.fetchedAt;

  const items: TParsedItem[] = [];
  const errors: LocatedError[] = [];
  const block = findArticleBlock(lines, stop, site, now);
  let articleLocation: string | null = null;

  if (!block) {
    errors.push({
      location: lines[0] ? lineLocation(lines[0]) : "line 1",
      message:
        "no article found: expected the title printed twice, or a title above an attribution line " +
        '("… деректерге сәйкес", "По данным …"), before the body',
      code: "textPage.noArticle",
    });
  } else if (block.body.length === 0) {
    errors.push({
      location: lineLocation(block.titleLine),
      message: `article "${block.titleLine.text}" has no body: no paragraphs between its title and the footer/metadata lines`,
      code: "textPage.noBody",
      params: { title: block.titleLine.text },
    });
  } else {
    const meta = readMetadata(lines.slice(block.endIndex, stop), now);
    const bodyText = block.body.map((l) => l.text).join("\n\n");
    articleLocation = lineLocation(block.titleLine);
    items.push(
      newItem({
        kind: "article",
        location: articleLocation,
        url: pageUrl,
        canonicalUrl: pageUrl ? canonicalizeUrl(pageUrl) : null,
        site: site ?? "unknown",
        originalSource: meta.source ?? block.attribution,
        title: block.titleLine.text,
        text: bodyText,
        lang: detectLanguage(`${block.titleLine.text}\n${bodyText}`),
        publishedAt: isoOrNull(block.publishedAt ?? meta.publishedAt),
        archivedAt: isoOrNull(meta.archivedAt),
        author: block.author,
        views: meta.views,
        links: urlsIn(bodyText),
      }),
    );
  }

  if (mostReadIndex !== -1) {
    for (const h of readMostRead(lines, mostReadIndex, now)) {
      items.push(
        newItem({
          kind: "headline",
          location: lineLocation(h.line),
          parentLocation: articleLocation,
          site: site ?? "unknown",
          title: h.line.text,
          text: h.line.text,
          lang: detectLanguage(h.line.text),
          publishedAt: isoOrNull(h.publishedAt),
          views: h.views,
        }),
      );
    }
  }
  return { items, errors };
}

// The header's bare domain line ("Qazaq24.com"), else the host of the page URL.
function siteOfPage(lines: PageLine[], pageUrl: string | null): string | null {
  const header = lines.slice(0, 3).find((l) => isDomainLine(l.text));
  if (header) return normaliseSite(header.text);
  return pageUrl ? siteFromUrlOrDomain(pageUrl) : null;
}

interface PageMetadata {
  views: number | null;
  source: string | null;
  archivedAt: Date | null;
  publishedAt: Date | null;
}

function readMetadata(lines: PageLine[], now: Date): PageMetadata {
  const meta: PageMetadata = { views: null, source: null, archivedAt: null, publishedAt: null };
  for (const line of lines) {
    const text = stripIconWord(line.text);
    meta.views ??= viewsOnLine(text);
    meta.source ??= sourceLineValue(text);
    const archived = ARCHIVED_RE.exec(text);
    if (archived) meta.archivedAt ??= parseLocalDate(archived[1] ?? "", { now });
    const published = PUBLISHED_RE.exec(text);
    if (published) meta.publishedAt ??= parseLocalDate(published[1] ?? "", { now });
  }
  return meta;
}

function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g) ?? [])];
}
