import { isRecord } from "../parse-context.ts";
import type { FeedEntry } from "./feed-entry.ts";

export type XmlNode = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** An RSS 2.0 or RSS 1.0 item. */
export function readRssItem(item: XmlNode, location: string): FeedEntry {
  const guid = item["guid"];
  const permalink = isRecord(guid) && guid["@_isPermaLink"] === "false" ? null : text(guid);
  return {
    location,
    title: rawBody(item["title"]),
    // Russian-language outlets feed Yandex.News (`yandex:full-text`, the whole article as text) and
    // Yandex Turbo (`turbo:content`, the article as HTML under a header repeating its title and
    // picture); `description` is then only the lead.
    bodyHtml:
      rawBody(item["content:encoded"]) ??
      rawBody(item["yandex:full-text"]) ??
      withoutTurboHeader(rawBody(item["turbo:content"])) ??
      rawBody(item["description"]),
    link: text(first(item["link"])) ?? permalink ?? attr(item, "@_rdf:about"),
    date: text(item["pubDate"]) ?? text(item["dc:date"]),
    author: text(first(item["dc:creator"])) ?? text(first(item["author"])),
    sourceUrl: attr(item["source"], "@_url"),
    mediaUrls: [
      ...nodes(item["media:content"]).map((m) => attr(m, "@_url")),
      ...nodes(item["media:thumbnail"]).map((m) => attr(m, "@_url")),
      ...nodes(item["enclosure"]).map((m) => attr(m, "@_url")),
      ...nodes(item["media:group"]).flatMap((g) => nodes(g["media:content"]).map((m) => attr(m, "@_url"))),
    ],
  };
}

/** An Atom entry; relative links resolve against the feed's base URL. */
export function readAtomEntry(entry: XmlNode, location: string, base: string | null): FeedEntry {
  const links = nodes(entry["link"]);
  const alternate = links.find((l) => (attr(l, "@_rel") ?? "alternate") === "alternate") ?? links[0];
  const href = attr(alternate, "@_href");
  const author = nodes(entry["author"])[0];
  return {
    location,
    title: rawBody(entry["title"]),
    bodyHtml: rawBody(entry["content"]) ?? rawBody(entry["summary"]),
    link: href ? resolve(href, base) : null,
    date: text(entry["published"]) ?? text(entry["updated"]),
    modified: text(entry["updated"]),
    author: author ? text(author["name"]) : null,
    sourceUrl: null,
    mediaUrls: [
      ...links.filter((l) => attr(l, "@_rel") === "enclosure").map((l) => attr(l, "@_href")),
      ...nodes(entry["media:content"]).map((m) => attr(m, "@_url")),
      ...nodes(entry["media:group"]).flatMap((g) => nodes(g["media:thumbnail"]).map((m) => attr(m, "@_url"))),
    ],
  };
}

/**
 * A body kept raw by the parser as HTML: CDATA sections unwrapped, inline XHTML kept as
 * markup, entity-escaped HTML unescaped once.
 */
function rawBody(value: unknown): string | null {
  const raw =
    typeof value === "string" ? value : isRecord(value) && typeof value["#text"] === "string" ? value["#text"] : null;
  if (raw === null || raw.trim() === "") return null;
  if (raw.includes("<![CDATA[")) return raw.replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, "$1");
  if (/<[a-z]/i.test(raw)) return raw;
  return raw.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? "");
}

function withoutTurboHeader(html: string | null): string | null {
  return html === null ? null : html.replace(/^\s*<header[\s>][\s\S]*?<\/header>/i, "").trim() || null;
}

function text(value: unknown): string | null {
  const raw = typeof value === "string" ? value : isRecord(value) ? value["#text"] : null;
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : null;
}

function attr(node: unknown, name: string): string | null {
  return isRecord(node) && typeof node[name] === "string" ? node[name] : null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function nodes(value: unknown): XmlNode[] {
  return (Array.isArray(value) ? value : [value]).filter(isRecord);
}

function resolve(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return href;
  }
}
