import { IngestParseError } from "./errors.ts";

// Share of control / replacement characters above which decoded text is treated as binary.
const MAX_JUNK_SHARE = 0.05;

// A UTF-8 file with a few damaged bytes still has far more valid multi-byte sequences than bad
// ones; windows-1251 Cyrillic almost never forms a valid sequence by chance.
const MIN_VALID_PER_INVALID_UTF8 = 8;

/**
 * Decodes input bytes to text: BOM-marked UTF-16 or UTF-8; else the charset declared by the HTTP
 * header (`charset`), the XML prolog (`<?xml … encoding="windows-1251"?>`) or an HTML meta tag;
 * else UTF-8, else windows-1251, the legacy encoding of Russian-language Kazakh sites.
 * UTF-8 that is declared, or valid but for a few bytes, stays UTF-8 with each bad byte replaced by
 * U+FFFD: one damaged byte must not turn a whole feed into windows-1251 mojibake. A legacy
 * declaration over bytes that are valid UTF-8 is a mislabel (a page re-saved as UTF-8 that kept
 * its prolog), so the bytes win.
 * @throws IngestParseError when the bytes are empty, binary or not text in any of those encodings.
 */
export function decodeInput(bytes: Uint8Array, options: { charset?: string | null } = {}): string {
  if (bytes.length === 0) throw new IngestParseError("byte 0", "the input is empty (0 bytes)", { code: "input.empty" });
  const utf16 = decodeUtf16WithBom(bytes);
  if (utf16 !== null) return checkText(utf16, "UTF-16");

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestParseError(
      `byte ${nul}`,
      "the input contains NUL bytes: it looks like a binary file, not a text or HTML page",
      { code: "input.binary" },
    );
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return checkText(utf8.replace(/^\uFEFF/, ""), "UTF-8");

  const declared = hasUtf8Bom(bytes)
    ? "utf-8"
    : (supportedCharset(options.charset) ??
      supportedCharset(xmlPrologEncoding(bytes)) ??
      supportedCharset(htmlMetaCharset(bytes)));
  if (declared === "utf-8" || (declared === null && isMostlyUtf8(bytes))) {
    return checkText(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""), "UTF-8");
  }
  if (declared) {
    const text = tryDecode(declared, bytes) ?? new TextDecoder(declared).decode(bytes);
    return checkText(text, declared);
  }

  const cp1251 = tryDecode("windows-1251", bytes);
  if (cp1251 !== null && looksLikeCyrillicText(cp1251)) return checkText(cp1251, "windows-1251");
  const latin = tryDecode("windows-1252", bytes);
  if (latin !== null && looksLikeLatinText(latin)) return checkText(latin, "windows-1252");
  throw new IngestParseError(
    `byte ${firstInvalidUtf8Offset(bytes)}`,
    "the input is neither valid UTF-8 nor plausible windows-1251 text; re-save it as UTF-8",
    { code: "input.undecodable" },
  );
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Valid multi-byte UTF-8 sequences outnumber the invalid bytes many times over. */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      if (length > 1) valid++;
      i += length;
    }
  }
  return valid > 0 && valid >= invalid * MIN_VALID_PER_INVALID_UTF8;
}

/**
 * Length of the well-formed UTF-8 sequence starting at `i`, or 0 when none starts there. Checked
 * byte by byte (Unicode table 3-7): a decoder per sequence took seconds on an 8 MB page.
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (length === 0) return 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[i + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

function decodeUtf16WithBom(bytes: Uint8Array): string | null {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return tryDecode("utf-16le", bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return tryDecode("utf-16be", bytes.subarray(2));
  return null;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkText(text: string, encoding: string): string {
  if (text.trim() === "") {
    throw new IngestParseError("byte 0", `the input has no text (only whitespace, ${encoding})`, {
      code: "input.whitespaceOnly",
    });
  }
  let junk = 0;
  let firstJunk = -1;
  for (let i = 0; i < text.length; i++) {
    if (isJunkChar(text.charCodeAt(i))) {
      junk++;
      if (firstJunk === -1) firstJunk = i;
    }
  }
  if (junk / text.length > MAX_JUNK_SHARE) {
    throw new IngestParseError(
      `character ${firstJunk}`,
      `the input is mostly non-printable characters (${junk} of ${text.length}): not a text or HTML page`,
      { code: "input.mostlyJunk" },
    );
  }
  return text;
}

function isJunkChar(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

// windows-1251 maps every byte to something, so random bytes "decode" too; real Russian text
// spends most of its non-ASCII characters on Cyrillic letters.
function looksLikeCyrillicText(text: string): boolean {
  let nonAscii = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii++;
    if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
  }
  return (nonAscii === 0 || cyrillic / nonAscii >= 0.8) && mixedScriptShare(text) < 0.3;
}

/**
 * Share of non-ASCII letters sitting between two ASCII letters ("simulaзхes"). Latin-1 text
 * misread as windows-1251 is full of them; Russian words are all-Cyrillic.
 */
function mixedScriptShare(text: string): number {
  let nonAscii = 0;
  let mixed = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    nonAscii++;
    const before = text[i - 1] ?? "";
    if (/[A-Za-z]/.test(before) && /[A-Za-z\u0080-\u00ff\u0400-\u04ff]/.test(text[i + 1] ?? "")) mixed++;
  }
  return nonAscii === 0 ? 0 : mixed / nonAscii;
}

// Legacy Western European pages (Latin-1 served without a declaration): accented letters
// inside otherwise ASCII words.
function looksLikeLatinText(text: string): boolean {
  const accented = text.match(/[\u00c0-\u00ff]/g)?.length ?? 0;
  const nonAscii = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  return nonAscii > 0 && accented / nonAscii >= 0.8 && mixedScriptShare(text) >= 0.3;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return 0;
}

// The prolog is ASCII in every encoding a feed may declare, so reading it as latin1 is safe.
function xmlPrologEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`, which
// browsers look for in the first 1,024 bytes.
function htmlMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return /<meta\s[^>]*charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head)?.[1] ?? null;
}

/** The WHATWG label TextDecoder knows for a declared charset, or null when it knows none. */
function supportedCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}
