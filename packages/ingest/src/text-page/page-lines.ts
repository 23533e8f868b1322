/** One non-empty line of a text dump with its 1-based line number in the input. */
export interface PageLine {
  no: number;
  text: string;
}

/** Non-empty, trimmed lines with their original numbers (blank lines only separate blocks). */
export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = raw.replace(/[\u00A0\u200B\uFEFF]/g, " ").trim();
    if (t !== "") lines.push({ no: i + 1, text: t });
  });
  return lines;
}

// Copying a page as text glues each icon's ligature name ("see", "embed", "archive", "top",
// "news") onto its label: "seeКөрілімдер:99". Only lowercase Latin glued to Cyrillic is cut.
const GLUED_ICON = /^[a-z_]{2,12}(?=[\u0400-\u04FF])/;

export function stripIconWord(text: string): string {
  return text.replace(GLUED_ICON, "");
}

export function lineLocation(line: PageLine): string {
  return `line ${line.no}`;
}

/** A bare domain such as the "Qazaq24.com" header line of an aggregator page. */
export function isDomainLine(text: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(text);
}
