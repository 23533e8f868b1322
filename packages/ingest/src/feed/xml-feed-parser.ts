import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IngestParseError, type LocatedError } from "../errors.ts";
import { eachRecord, isRecord, type ParseContext, type ParseResult } from "../parse-context.ts";
import { readAtomEntry, readRssItem, type XmlNode } from "./xml-fields.ts";
import { feedEntryItem, type FeedEntry, type FeedInfo } from "./feed-entry.ts";
import { siteFromUrlOrDomain, siteOfInputName } from "../canonical-url.ts";

const ARRAY_TAGS = new Set([
  "item",
  "entry",
  "link",
  "media:content",
  "media:thumbnail",
  "enclosure",
  "author",
  "category",
]);
// Bodies are kept raw: an Atom/RSS body may be XHTML markup, which must stay one HTML string.
const RAW_BODY_TAGS = [
  "*.description",
  "*.content:encoded",
  "*.yandex:full-text",
  "*.turbo:content",
  "*.content",
  "*.summary",
  "*.title",
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ARRAY_TAGS.has(name),
  stopNodes: RAW_BODY_TAGS,
});

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom. A malformed or truncated document still yields the
 * entries before the damage, with the damage reported at its line and column.
 * @throws IngestParseError when the document is not a feed at all (e.g. an HTML page).
 */
export function parseXmlFeed(text: string, ctx: ParseContext): ParseResult {
  const errors: LocatedError[] = [];
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    errors.push({
      location: `line ${line}, column ${col}`,
      message: `malformed XML: ${msg}; entries after this point may be missing`,
      code: "feed.malformedXml",
    });
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch (error) {
    const first = errors[0];
    throw new IngestParseError(first?.location ?? "line 1", `not a readable feed: ${first?.message ?? String(error)}`, {
      code: "feed.unreadable",
    });
  }
  const root = rootName(doc);
  const info = (channelLink: unknown, language: unknown): FeedInfo => ({
    site: siteFromUrlOrDomain(typeof channelLink === "string" ? channelLink : "") ?? siteOfInputName(ctx.name),
    language: typeof language === "string" ? language : null,
    fetchedAt: ctx.fetchedAt,
  });
  let result: ParseResult;
  if (root === "rss") {
    const channel = child(child(doc, "rss"), "channel");
    const feed = info(firstText(channel["link"]), channel["language"]);
    result = entries(
      list(channel["item"]),
      (i) => `rss.channel.item[${i}]`,
      (node, loc) => readRssItem(node, loc),
      feed,
    );
  } else if (root === "rdf:RDF") {
    const rdf = child(doc, "rdf:RDF");
    const channel = child(rdf, "channel");
    const feed = info(firstText(channel["link"]), channel["dc:language"]);
    result = entries(
      list(rdf["item"]),
      (i) => `rdf:RDF.item[${i}]`,
      (node, loc) => readRssItem(node, loc),
      feed,
    );
  } else if (root === "feed") {
    const atom = child(doc, "feed");
    const base = atomBase(atom, ctx.name);
    const feed = info(base, atom["@_xml:lang"]);
    result = entries(
      list(atom["entry"]),
      (i) => `feed.entry[${i}]`,
      (node, loc) => readAtomEntry(node, loc, base),
      feed,
    );
  } else {
    const html =
      /^(?:html|head|body|!doctype)$/i.test(root ?? "") || /<!doctype\s+html|<html[\s>]/i.test(text.slice(0, 2048));
    const what = html ? "an HTML page" : `an XML document with root <${root ?? "none"}>`;
    const coded = html
      ? { code: "feed.htmlPage" as const }
      : { code: "feed.otherXml" as const, params: { root: root ?? "—" } };
    throw new IngestParseError(
      "line 1",
      `expected an RSS, RDF or Atom feed but this is ${what}; check the feed URL`,
      coded,
    );
  }
  return { items: result.items, errors: [...errors, ...result.errors] };
}

function entries(
  nodes: XmlNode[],
  locate: (i: number) => string,
  read: (n: XmlNode, loc: string) => FeedEntry,
  feed: FeedInfo,
): ParseResult {
  // A parsed XML node is not the entry's source text; the whole document is kept instead.
  return eachRecord(nodes, locate, (node, location) => feedEntryItem(read(node, location), feed), null);
}

function rootName(doc: XmlNode): string | null {
  return Object.keys(doc).find((key) => !key.startsWith("?") && !key.startsWith("#") && !key.startsWith("!")) ?? null;
}

function child(node: XmlNode, name: string): XmlNode {
  const value = node[name];
  return isRecord(value) ? value : {};
}

function list(value: unknown): XmlNode[] {
  return (Array.isArray(value) ? value : [value]).filter(isRecord);
}

function firstText(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((v) => typeof v === "string") : value;
  return typeof first === "string" ? first : null;
}

// Atom links may be relative to xml:base or to the feed's alternate link.
function atomBase(atom: XmlNode, name: string): string | null {
  const alternate = list(atom["link"]).find((l) => (l["@_rel"] ?? "alternate") === "alternate")?.["@_href"];
  const candidates = [atom["@_xml:base"], alternate, name];
  return (candidates.find((c) => typeof c === "string" && /^https?:\/\//i.test(c)) as string | undefined) ?? null;
}
