import { readFileSync } from "node:fs";
import { fixtureUrl } from "@tekser/fixtures";
import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");
const BODY =
  "Қарағанды облысында жаңа мектеп салынды. Мектеп 1200 оқушыға арналған, құрылыс екі жылға созылды. ".repeat(3);

describe("[PUBLISH][URLS] only http(s) URLs reach a published notice", () => {
  const database = useTestDatabase();

  it("ingest stores a page's canonical link instead of its javascript: og:url and reports where it was", async () => {
    const reviewer = await loggedIn(database.db, "reviewer");
    const page = `<!doctype html><html lang="kk"><head><title>Мектеп</title>
      <meta property="og:url" content="javascript:alert(document.cookie)">
      <link rel="canonical" href="https://example-news.kz/society/school"></head>
      <body><article><h1>Мектеп</h1><p>${BODY}</p></article></body></html>`;
    const report = await reviewer.caller.ingest.paste({ name: "school.html", content: page });
    expect(report.errors).toEqual([
      {
        input: "school.html",
        location: "document",
        message: `og:url "javascript:alert(document.cookie)" dropped: only absolute http(s) URLs are kept`,
        code: "item.urlDropped",
        params: { value: `"javascript:alert(document.cookie)"` },
      },
    ]);
    const stored = await database.db.item.findFirstOrThrow({
      where: { title: "Мектеп" },
      select: { url: true, canonicalUrl: true },
    });
    expect(stored).toEqual({
      url: "https://example-news.kz/society/school",
      canonicalUrl: "https://example-news.kz/society/school",
    });
  });

  it("leaves out an item URL stored before that rule, in the signed document", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
    await db.item.updateMany({
      where: { text: { contains: "Ақпараттық штаб" } },
      data: { url: "javascript:alert(1)" },
    });
    const { noticeId } = await publishSeedNotice(db);
    const version = await db.noticeVersion.findFirstOrThrow({ where: { noticeId }, select: { snapshot: true } });
    expect(JSON.stringify(version.snapshot)).toContain('"appearances"');
    expect(JSON.stringify(version.snapshot)).not.toContain("javascript:");
  });
});
