import { attributedSource } from "../attribution.ts";
import { parseLocalDate } from "../local-date.ts";
import { splitAuthorTail } from "./author-line.ts";
import { isDomainLine, type PageLine } from "./page-lines.ts";
import { endsBody, isSiteBoilerplate, PUBLISHED_RE } from "./page-markers.ts";

/** The article part of a text dump: where its title is and what lies under it. */
export interface ArticleBlock {
  titleLine: PageLine;
  attribution: string | null;
  publishedAt: Date | null;
  author: string | null;
  body: PageLine[];
  /** Index (into the page lines) of the first line after the body. */
  endIndex: number;
}

/**
 * Locates the article in the lines before `stop`. Aggregator dumps print the title twice
 * (heading, then the article's own title) right above the body; the last such pair wins,
 * because the menu above it lists other headlines once each. Without a repeated title, the
 * line above an attribution line ("… деректерге сәйкес", "По данным …") is the title.
 */
export function findArticleBlock(lines: PageLine[], stop: number, site: string | null, now: Date): ArticleBlock | null {
  const titleIndex = repeatedTitleIndex(lines, stop) ?? titleAboveAttribution(lines, stop);
  const titleLine = titleIndex === null ? undefined : lines[titleIndex];
  if (titleIndex === null || !titleLine) return null;

  let i = titleIndex + 1;
  if (lines[i]?.text === titleLine.text) i++;
  let attribution: string | null = null;
  let publishedAt: Date | null = null;
  // Between the title and the body: attribution and date lines, in either order.
  for (let line = lines[i]; line && i < stop; line = lines[++i]) {
    const source = attributedSource(line.text);
    const date = headerDate(line.text, now);
    if (source !== null || (isSiteBoilerplate(line.text, site) && !date)) attribution ??= source;
    else if (date) publishedAt ??= date;
    else break;
  }

  const body: PageLine[] = [];
  for (let line = lines[i]; line && i < stop && !endsBody(line.text); line = lines[++i]) {
    if (!isSiteBoilerplate(line.text, site)) body.push(line);
  }
  const tail = splitAuthorTail(body);
  return { titleLine, attribution, publishedAt, author: tail.author, body: tail.body, endIndex: i };
}

function repeatedTitleIndex(lines: PageLine[], stop: number): number | null {
  for (let i = Math.min(stop, lines.length) - 2; i >= 0; i--) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a && b && a.text === b.text && !isDomainLine(a.text) && /\p{L}{2}/u.test(a.text)) return i;
  }
  return null;
}

function titleAboveAttribution(lines: PageLine[], stop: number): number | null {
  for (let i = 1; i < Math.min(stop, lines.length); i++) {
    const line = lines[i];
    if (line && attributedSource(line.text) !== null) return i - 1;
  }
  return null;
}

// A short line that is only a date ("14 марта 2026, 10:15") or a labelled one ("Жарияланды: ...").
function headerDate(text: string, now: Date): Date | null {
  const labelled = PUBLISHED_RE.exec(text);
  if (labelled) return parseLocalDate(labelled[1] ?? "", { now });
  if (text.length > 40 || text.split(/\s+/).length > 6 || !/\d/.test(text)) return null;
  return parseLocalDate(text, { now });
}
