import { describe, expect, it } from "vitest";
import { sniffImageType } from "./image-type.ts";
import { hashDistance } from "./perceptual-hash.ts";
import { tidyOcrText } from "./tesseract.ts";

describe("media helpers", () => {
  it("reads the image type from the bytes and refuses SVG, HTML and anything else", () => {
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBe("image/gif");
    expect(
      sniffImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")),
    ).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("<!doctype html>"))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });

  it("counts differing bits over all 64, the sign bit included", () => {
    expect(hashDistance(0n, 0n)).toBe(0);
    expect(hashDistance(0b1011n, 0b0001n)).toBe(2);
    expect(hashDistance(-1n, 0n)).toBe(64);
  });

  it("joins a paragraph's lines and a word hyphenated across them, keeping paragraphs apart", () => {
    expect(tidyOcrText("Алматыда жер\nсілкі-\nнісі болады\n\n\nЖалған  ақпарат\n")).toBe(
      "Алматыда жер сілкінісі болады\nЖалған ақпарат",
    );
  });
});
