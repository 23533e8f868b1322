import { parseHTML } from "linkedom";

// Blade/Twig/Jinja/ERB/JS-template markers left in a page whose template was never filled.
const PLACEHOLDER = /\{\{[\s\S]*?\}\}|\{!![\s\S]*?!!\}|\{%[\s\S]*?%\}|<%=|\$\{[a-z_]/i;

export function isTemplatePlaceholder(text: string | null | undefined): boolean {
  return text != null && PLACEHOLDER.test(text);
}

/**
 * Plain text of an HTML fragment or entity-escaped string (JSON-LD often carries "&quot;"),
 * keeping paragraph and line breaks as blank lines.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyParagraphs(html);
  const withBreaks = html.replace(/<br\s*\/?>|<\/(?:p|div|h[1-6]|li|blockquote)>/gi, "$&\n\n");
  const holder = fragmentDocument().createElement("div");
  holder.innerHTML = withBreaks;
  return tidyParagraphs(holder.textContent ?? "");
}

/** The document linkedom parses a page into. */
export type PageDocument = ReturnType<typeof parseHTML>["document"];

let holderDocument: PageDocument | undefined;

/**
 * One document whose detached elements hold the fragments: a feed's items are fragments, and a
 * document made for each took several times longer than parsing them.
 */
function fragmentDocument(): PageDocument {
  holderDocument ??= parseHTML("<!doctype html><html><body></body></html>").document;
  return holderDocument;
}

/** Trims each line, collapses runs of spaces and separates paragraphs by one blank line. */
export function tidyParagraphs(text: string): string {
  return text
    .replace(/\u00A0/g, " ")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\f\v\r\n]+/g, " ").trim())
    .filter((p) => p !== "")
    .join("\n\n");
}
