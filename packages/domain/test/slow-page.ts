// The slowest kind of page the parsers still read: elements nested just within the limit they
// accept, around a long body. It takes seconds of Readability on 2 cores; tests give it a
// deadline far below that, to see an input stopped without crafting one that never ends.

const PARAGRAPH =
  "<p>Алматыда жаңа метро бекеті ашылды, деп хабарлайды қала әкімдігі. Бекет күніне он мың жолаушыға қызмет көрсетеді.</p>";

export function slowPage(depth = 250, paragraphs = 1000): string {
  return `<!doctype html><html><head><title>Метро</title></head><body>${"<div>".repeat(depth)}${PARAGRAPH.repeat(paragraphs)}${"</div>".repeat(depth)}</body></html>`;
}
