import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript, safeHttpUrl, textToParagraphs } from "./html.ts";

describe("escapeHtml", () => {
  it("escapes every character that can open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("safeHttpUrl", () => {
  it("keeps http(s) URLs and refuses script, data and malformed ones", () => {
    expect(safeHttpUrl("https://qazaq24.com/a?b=1")).toBe("https://qazaq24.com/a?b=1");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,<script>")).toBeUndefined();
    expect(safeHttpUrl("not a url")).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element and still parses back to the same value", () => {
    const value = { text: "</script><script>alert(1)</script><!--" };
    const json = jsonForScript(value);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("textToParagraphs", () => {
  it("splits blank-line separated blocks into escaped paragraphs", () => {
    expect(textToParagraphs("a < b\n\n  second\nline  ")).toBe("<p>a &lt; b</p>\n<p>second<br>line</p>");
  });
});
