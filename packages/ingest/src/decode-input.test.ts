import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input.ts";
import { IngestParseError } from "./errors.ts";

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
});
