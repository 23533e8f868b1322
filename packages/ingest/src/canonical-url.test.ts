import { describe, expect, it } from "vitest";
import { canonicalizeUrl, normaliseSite, siteFromUrlOrDomain } from "./canonical-url.ts";

describe("canonicalizeUrl", () => {
  it.each([
    ["https://www.nur.kz/politics/123-slug/", "https://www.nur.kz/politics/123-slug"],
    ["https://M.Tengrinews.KZ/news/1/?utm_source=tg&utm_medium=social#comments", "https://tengrinews.kz/news/1"],
    ["https://mobile.zakon.kz/a/?fbclid=abc&gclid=1&yclid=2&ysclid=3&id=7", "https://zakon.kz/a?id=7"],
    ["https://amp.site.kz/x?b=2&a=1", "https://site.kz/x?a=1&b=2"],
    ["https://site.kz/", "https://site.kz"],
    ["https://site.kz:8443/p//", "https://site.kz:8443/p"],
    ["  qazaq24.com/kk/news/5/  ", "https://qazaq24.com/kk/news/5"],
    ["http://site.kz/a", "http://site.kz/a"],
  ])("%s -> %s", (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it("returns unparsable or non-web input trimmed, unchanged", () => {
    expect(canonicalizeUrl(" not a url ")).toBe("not a url");
    expect(canonicalizeUrl("mailto:editor@site.kz")).toBe("mailto:editor@site.kz");
  });

  it("is idempotent", () => {
    const once = canonicalizeUrl("https://m.site.kz/a/b/?z=1&utm_campaign=x&a=2#top");
    expect(canonicalizeUrl(once)).toBe(once);
  });
});

describe("site names", () => {
  it("normalise hosts and domains", () => {
    expect(normaliseSite("Qazaq24.com")).toBe("qazaq24.com");
    expect(normaliseSite("www.Nur.kz")).toBe("nur.kz");
    expect(siteFromUrlOrDomain("https://Aikyn.KZ")).toBe("aikyn.kz");
    expect(siteFromUrlOrDomain("Aikyn.KZ")).toBe("aikyn.kz");
    expect(siteFromUrlOrDomain("Kazinform")).toBeNull();
  });
});
