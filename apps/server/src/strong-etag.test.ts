import { describe, expect, it } from "vitest";
import { ifNoneMatchNames, strongEtag } from "./strong-etag.ts";

describe("[HTTP][ETAG] If-None-Match against a strong tag", () => {
  const etag = strongEtag("<rss/>");

  it("names the tag as sent, weakened by a proxy, in a list, or as *", () => {
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, ` W/"other" ,W/${etag} `, "*"])
      expect(ifNoneMatchNames(header, etag), header).toBe(true);
  });

  it("does not name another tag, a tag without its quotes, or nothing", () => {
    for (const header of [undefined, "", strongEtag("<rss></rss>"), etag.slice(1, -1), `W/${strongEtag("<feed/>")}`])
      expect(ifNoneMatchNames(header, etag), String(header)).toBe(false);
  });
});
