import { describe, expect, it } from "vitest";
import { newItem } from "./item.ts";
import { contentHash, sha256Hex } from "./hash.ts";

const base = newItem({
  kind: "article",
  location: "line 48",
  site: "qazaq24.com",
  title: "Ақпараттық штаб жұмысын бастады",
  text: "Бірінші абзац.\n\nЕкінші абзац.",
  lang: "kk",
  views: 99,
});

describe("sha256Hex", () => {
  it("hashes strings as UTF-8 and bytes as given", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(sha256Hex("abc"));
  });
});

describe("contentHash", () => {
  it("ignores volatile fields: views, dates, location, archive time", () => {
    const refetched = {
      ...base,
      views: 1500,
      location: "document",
      archivedAt: "2026-03-14T00:00:00.000Z",
      publishedAt: "2026-03-13T10:00:00.000Z",
      author: "Алтынай БАУЫРЖАНҚЫЗЫ",
    };
    expect(contentHash(refetched)).toBe(contentHash(base));
  });

  it("ignores whitespace layout and site spelling", () => {
    const reflowed = {
      ...base,
      site: "www.Qazaq24.com",
      text: "  Бірінші   абзац.\nЕкінші\u00A0абзац. ",
      title: " Ақпараттық штаб  жұмысын бастады",
    };
    expect(contentHash(reflowed)).toBe(contentHash(base));
  });

  it("matches a route that knows the URL with one that does not", () => {
    const fromHtml = {
      ...base,
      url: "https://m.qazaq24.com/kk/123/?utm_source=x",
      canonicalUrl: "https://qazaq24.com/kk/123",
    };
    expect(contentHash(fromHtml)).toBe(contentHash(base));
  });

  it("changes with the content, the kind or the site", () => {
    const h = contentHash(base);
    expect(contentHash({ ...base, text: "Бірінші абзац." })).not.toBe(h);
    expect(contentHash({ ...base, title: "Басқа тақырып" })).not.toBe(h);
    expect(contentHash({ ...base, kind: "headline" })).not.toBe(h);
    expect(contentHash({ ...base, site: "aikyn.kz" })).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
