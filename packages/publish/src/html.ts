const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Returns the URL only if it is absolute http(s). Appearance and evidence URLs come from
 * scraped or reviewer-typed data, and escaping alone does not stop `javascript:` links.
 */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * JSON for embedding inside `<script type="application/ld+json">`. Escaping `<` stops a
 * `</script>` or `<!--` in the data from ending the element; U+2028/2029 are escaped for old
 * JavaScript parsers that treat them as line breaks.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Plain text to HTML paragraphs, one per blank-line-separated block, escaped. */
export function textToParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/**
 * Escapes only what changes the markup (`&`, `<`, `>`). For feed titles and summaries, which
 * readers may show either as HTML or as text: quotes stay literal so text-only readers do not
 * display `&quot;`.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char);
}
