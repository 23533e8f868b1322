import { IngestParseError } from "./errors.ts";

/**
 * JSON.parse with the failure located as line and column, so a truncated export points at
 * where it stops.
 * @throws IngestParseError when the text is not JSON.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const atEnd = /end of JSON input|Unterminated/i.test(message);
    const offset = atEnd ? text.length : errorOffset(text, message);
    throw new IngestParseError(
      lineColumn(text, offset),
      `not valid JSON (${message})${atEnd ? "; the file looks truncated" : ""}`,
      {
        code: atEnd ? "json.truncated" : "json.invalid",
      },
    );
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

// V8 names the position ("at position 12") or quotes the text around it ('"<?xml vers"...').
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const snippet = /"(.{1,10})"\.\.\./s.exec(message)?.[1];
  const found = snippet ? text.indexOf(snippet) : -1;
  return found === -1 ? 0 : found;
}
