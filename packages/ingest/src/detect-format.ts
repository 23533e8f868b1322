export type InputFormat = "text-page" | "html-page";

/**
 * HTML when the text opens with a doctype or an <html>/<head>/<body> tag (after comments
 * and whitespace), or when the name says .html and tags appear early; otherwise a text dump.
 * The content decides over the name: saved pages often carry odd extensions.
 */
export function detectFormat(text: string, name: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").replace(/^\s*(?:<!--[\s\S]*?-->\s*)*/, "");
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return "html-page";
  if (/<(?:html|head|body)[\s>]/i.test(head) && /<\/?(?:meta|title|div|p|script)[\s>]/i.test(head)) return "html-page";
  if (/\.x?html?(?:$|[?#])/i.test(name.trim()) && /^<[a-z!]/i.test(head)) return "html-page";
  return "text-page";
}
