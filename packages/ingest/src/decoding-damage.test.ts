import { describe, expect, it } from "vitest";
import { isSameTextOrDecodingDamage } from "./decoding-damage.ts";

const GOOD = "Ақпараттық штаб жұмысын бастады: брифинг өтті.";

describe("isSameTextOrDecodingDamage", () => {
  it("recognises the text with bad bytes replaced by U+FFFD", () => {
    expect(isSameTextOrDecodingDamage(GOOD, "Ақпараттық ш\uFFFDтаб жұмысын бастады: брифинг өтті.")).toBe(true);
    expect(isSameTextOrDecodingDamage(GOOD, "Ақпараттық \uFFFD\uFFFDтаб жұмысын бастады: брифинг \uFFFDтті.")).toBe(
      true,
    );
  });

  it("recognises the UTF-8 bytes read as windows-1251", () => {
    const mojibake = new TextDecoder("windows-1251").decode(new TextEncoder().encode(GOOD));
    expect(isSameTextOrDecodingDamage(GOOD, mojibake)).toBe(true);
  });

  it("accepts the same text up to whitespace", () => {
    expect(isSameTextOrDecodingDamage(GOOD, ` ${GOOD.replace(" ", "\n")} `)).toBe(true);
  });

  it("takes a real edit or a repaired text for what they are", () => {
    expect(isSameTextOrDecodingDamage(GOOD, "Ақпараттық штаб жұмысын аяқтады.")).toBe(false);
    expect(isSameTextOrDecodingDamage(GOOD, "Ақпараттық ш\uFFFDтаб жұмысын аяқтады.")).toBe(false);
    expect(isSameTextOrDecodingDamage("Ақпараттық ш\uFFFDтаб", "Ақпараттық штаб")).toBe(false);
  });
});
