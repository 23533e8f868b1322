import { describe, expect, it } from "vitest";
import { urlIdentityKey, urlIdentityKeys } from "./url-identity.ts";

describe("urlIdentityKey", () => {
  it("gives every form a reader may paste of one article the same key", () => {
    const forms = [
      "https://aikyn.kz/2026/03/14/zeinet-jasy.html",
      "http://www.aikyn.kz/2026/03/14/zeinet-jasy.html/",
      "https://m.aikyn.kz/2026/03/14/zeinet-jasy.html?utm_source=telegram&utm_medium=social",
      "https://aikyn.kz/2026/03/14/zeinet-jasy.html/amp",
      "https://amp.aikyn.kz/2026/03/14/zeinet-jasy.html?amp=1#comments",
      "aikyn.kz/2026/03/14/zeinet-jasy.html?fbclid=IwAR0",
      "https://AIKYN.KZ/amp/2026/03/14/zeinet-jasy.html",
    ];
    expect(new Set(forms.map(urlIdentityKey))).toEqual(new Set(["aikyn.kz/2026/03/14/zeinet-jasy.html"]));
  });

  it("folds Telegram's preview and alias hosts into t.me/<channel>/<post>", () => {
    expect(urlIdentityKey("https://t.me/s/janalyqtar/4512")).toBe("t.me/janalyqtar/4512");
    expect(urlIdentityKey("https://telegram.me/janalyqtar/4512?single")).toBe("t.me/janalyqtar/4512");
    expect(urlIdentityKey("https://t.me/janalyqtar/4512")).toBe("t.me/janalyqtar/4512");
  });

  it("keeps apart pages that differ by a parameter that names the page", () => {
    expect(urlIdentityKey("https://site.kz/news?id=7")).not.toBe(urlIdentityKey("https://site.kz/news?id=8"));
  });

  it("is null for what is not a web address, and lists distinct keys", () => {
    expect(urlIdentityKey("mailto:editor@site.kz")).toBeNull();
    expect(urlIdentityKey("not a url")).toBeNull();
    expect(urlIdentityKeys(["https://site.kz/a", "https://www.site.kz/a/", null, "javascript:alert(1)"])).toEqual([
      "site.kz/a",
    ]);
  });
});
