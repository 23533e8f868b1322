import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input.ts";
import { IngestParseError } from "./errors.ts";

const FORMATS = new URL("../fixtures/formats/", import.meta.url);
const utf8 = (text: string) => new TextEncoder().encode(text);
const KAZAKH_FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Жаңалықтар</title>
<item><title>Ақпараттық штаб жұмысын бастады</title><description>Қазақстан үкіметі жаңа шешім қабылдады.</description></item>
</channel></rss>`;

/** The bytes with one byte 0xFF, which never occurs in UTF-8, inserted after the "ш" of "штаб". */
function withBadByte(bytes: Uint8Array): Uint8Array {
  const at = Buffer.from(bytes).indexOf(Buffer.from("штаб")) + 2;
  return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
}

function failure(bytes: Uint8Array): IngestParseError {
  try {
    decodeInput(bytes);
  } catch (e) {
    if (e instanceof IngestParseError) return e;
    throw e;
  }
  throw new Error("expected an IngestParseError");
}

describe("decodeInput", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Сәлем")]))).toBe("Сәлем");
  });

  it("falls back to windows-1251 for legacy Russian pages", () => {
    // "Привет, мир" in windows-1251.
    const cp1251 = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
    expect(decodeInput(cp1251)).toBe("Привет, мир");
  });

  it("decodes UTF-16 with a byte-order mark", () => {
    expect(decodeInput(new Uint8Array([0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04]))).toBe("Пр");
  });

  it("rejects empty input at byte 0", () => {
    const e = failure(new Uint8Array());
    expect(e.location).toBe("byte 0");
    expect(e.message).toMatch(/empty/);
    expect(failure(new TextEncoder().encode(" \n\t ")).message).toMatch(/only whitespace/);
  });

  it("rejects binary input with NUL bytes at the first NUL", () => {
    const e = failure(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect(e.location).toBe("byte 4");
    expect(e.message).toMatch(/NUL bytes.*binary/);
  });

  it("rejects text that is mostly control characters", () => {
    const e = failure(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x04, 0x42]));
    expect(e.message).toMatch(/non-printable/);
  });

  it("rejects bytes that are neither UTF-8 nor plausible windows-1251, naming the offset", () => {
    // Valid ASCII, then bytes that are invalid UTF-8 and decode to symbols, not letters, in windows-1251.
    const e = failure(new Uint8Array([0x61, 0x62, 0x80, 0x81, 0x83, 0x88, 0x89, 0x8b, 0x91, 0x99]));
    expect(e.location).toBe("byte 2");
    expect(e.message).toMatch(/neither valid UTF-8 nor plausible windows-1251/);
  });

  it("keeps an undeclared UTF-8 Kazakh feed with one bad byte as UTF-8, the byte replaced by U+FFFD", () => {
    const text = decodeInput(withBadByte(utf8(KAZAKH_FEED)));
    expect(text.match(/\uFFFD/g)).toHaveLength(1);
    expect(text).toContain("Қазақстан үкіметі жаңа шешім қабылдады.");
    expect(text).toContain("ш\uFFFDтаб");
  });

  it("keeps a feed declared UTF-8 (prolog, BOM, HTTP header, HTML meta) as UTF-8 despite a bad byte", () => {
    const declared = [
      { bytes: utf8(KAZAKH_FEED.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>')) },
      { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(KAZAKH_FEED)]) },
      { bytes: utf8(KAZAKH_FEED), charset: "utf-8" },
      { bytes: utf8(`<html><head><meta charset="utf-8"></head><body><p>Ақпараттық штаб</p></body></html>`) },
    ];
    for (const { bytes, charset } of declared) {
      const text = decodeInput(withBadByte(bytes), { charset });
      expect(text.match(/\uFFFD/g)).toHaveLength(1);
      expect(text).toContain("Ақпараттық ш\uFFFDтаб");
    }
  });

  it("decodes as UTF-8 a feed whose prolog claims windows-1251 but whose bytes are UTF-8", () => {
    const mislabelled = utf8(
      KAZAKH_FEED.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="windows-1251"?>'),
    );
    expect(decodeInput(mislabelled)).toContain("Қазақстан үкіметі жаңа шешім қабылдады.");
  });

  it("still decodes a real windows-1251 feed, declared or not, as windows-1251", () => {
    const declared = readFileSync(new URL("rss2-windows-1251.rss", FORMATS));
    expect(declared.toString("latin1")).toMatch(/encoding="windows-1251"/);
    const text = decodeInput(declared);
    expect(text).toMatch(/[А-Яа-я]{4}/);
    expect(text).not.toContain("\uFFFD");
    const undeclared = readFileSync(new URL("monitoring-export-windows-1251.csv", FORMATS));
    expect(decodeInput(undeclared)).toMatch(/[А-Яа-я]{4}/);
  });
});
