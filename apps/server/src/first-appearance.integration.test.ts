import { readFileSync } from "node:fs";
import type { TLang } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { fixtureUrl } from "@tekser/fixtures";
import { ZClaimReviewMarkup } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { logInOverHttp, SAME_ORIGIN, testHttpApp } from "../test/http-test-app.ts";

// The seed page carries only the time Qazaq24 archived it (14 March 2026 03:59 Almaty, 22:59 UTC
// the day before), never when the article was published.
const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");
const seedBody = seedPage
  .slice(seedPage.indexOf("Аталған штаб саяси науқан"), seedPage.indexOf("Алтынай БАУЫРЖАНҚЫЗЫ"))
  .trim();

/** The same article on another outlet, as its HTML page says when it was published. */
function datedCopy(site: string, publishedAt: string): string {
  const paragraphs = seedBody
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim()}</p>`)
    .join("\n");
  return `<!doctype html><html lang="kk"><head><title>Ақпараттық штаб жұмысын бастады</title>
    <link rel="canonical" href="https://${site}/news/akparattyk-shtab">
    <meta property="article:published_time" content="${publishedAt}"></head>
    <body><article><h1>Ақпараттық штаб жұмысын бастады</h1>${paragraphs}</article></body></html>`;
}

type Session = { app: FastifyInstance; cookie: string };

async function call<T>(
  { app, cookie }: Session,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
): Promise<T> {
  const response = await app.inject(
    method === "GET"
      ? { method, url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers: { cookie } }
      : {
          method,
          url: `/trpc/${path}`,
          headers: { cookie, ...SAME_ORIGIN, "content-type": "application/json" },
          payload: JSON.stringify(input),
        },
  );
  if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}: ${response.body}`);
  return response.json<{ result: { data: T } }>().result.data;
}

async function theClaim(reviewer: Session): Promise<{ id: string; revision: number; itemCount: number }> {
  const { rows } = await call<{ rows: { id: string; itemCount: number }[] }>(
    reviewer,
    "claim.list",
    { filters: { text: "Ақпараттық штаб" } },
    "GET",
  );
  expect(rows).toHaveLength(1);
  const claim = await call<{ id: string; revision: number }>(reviewer, "claim.byId", { id: rows[0]!.id }, "GET");
  return { ...claim, itemCount: rows[0]!.itemCount };
}

/** A four-eyes verdict: the reviewer's, approved by the editor. */
async function decide(reviewer: Session, editor: Session): Promise<void> {
  const claim = await theClaim(reviewer);
  const { reviewId } = await call<{ reviewId: string }>(reviewer, "review.setVerdict", {
    claimId: claim.id,
    revision: claim.revision,
    verdict: "verified",
    rationale: "The Public Communications Centre announced the information headquarters at a briefing.",
    evidence: [{ url: "https://aikyn.kz/", note: "Original report" }],
  });
  await call(editor, "review.approve", { reviewId, comment: "Checked the source" });
}

/** The editor's notice in `lang`, made from the claim's copies as stored now. */
async function publishIn(lang: TLang, reviewer: Session, editor: Session): Promise<string> {
  const claim = await theClaim(reviewer);
  const { noticeId } = await call<{ noticeId: string }>(editor, "notice.publish", {
    claimId: claim.id,
    lang,
    headline: "Ақпараттық штаб құрылды",
    summary: "Расталды.",
  });
  return noticeId;
}

async function publicPage(app: FastifyInstance, noticeId: string) {
  const response = await app.inject({ method: "GET", url: `/notices/${noticeId}` });
  expect(response.statusCode).toBe(200);
  const page = response.body;
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? "{}";
  const claimReview = ZClaimReviewMarkup.parse(JSON.parse(jsonLd));
  const firstSection = /<section class="first-appearance">(.*?)<\/section>/s.exec(page)?.[1] ?? "";
  const appearanceItems = [
    ...(/<section class="appearances">(.*?)<\/section>/s.exec(page)?.[1]?.matchAll(/<li>(.*?)<\/li>/gs) ?? []),
  ].map((match) => match[1] ?? "");
  return {
    page,
    claimReview,
    firstSection: asRead(firstSection),
    appearanceItems: appearanceItems.map(asRead),
    firstSectionHtml: firstSection,
    appearanceItemsHtml: appearanceItems,
  };
}

/** What a reader sees of an HTML fragment. */
function asRead(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
}

interface CreativeWork {
  url?: string;
  datePublished?: string;
}

describe("[PUBLISH][FIRST-APPEARANCE] an undated copy is never presented as published when it was pasted", () => {
  const database = useTestDatabase();

  it("the seed page alone is undated with its archive time; a later dated copy, then an earlier one, becomes the first appearance", async () => {
    const app = await testHttpApp(database.db, {
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "http://tekser.test",
        timeZone: "Asia/Almaty",
      },
    });
    const utcApp = await testHttpApp(database.db, {
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "http://tekser.test",
        timeZone: "UTC",
      },
    });
    try {
      const reviewer = { app, cookie: (await logInOverHttp(app, database.db, "reviewer")).cookie };
      const editor = { app, cookie: (await logInOverHttp(app, database.db, "editor")).cookie };
      const pastedOn = new Date();

      // 1. Only the undated seed page: no publication date anywhere, the archive time labelled.
      await call(reviewer, "ingest.paste", { name: "qazaq24-article-page.txt", content: seedPage });
      await decide(reviewer, editor);
      const kkNotice = await publishIn("kk", reviewer, editor);
      const undated = await publicPage(app, kkNotice);
      expect(undated.claimReview.itemReviewed).not.toHaveProperty("datePublished");
      expect(undated.claimReview.itemReviewed.firstAppearance).not.toHaveProperty("datePublished");
      for (const work of undated.claimReview.itemReviewed.appearance as CreativeWork[])
        expect(work).not.toHaveProperty("datePublished");
      expect(undated.firstSection).toContain("qazaq24.com");
      expect(undated.firstSection).toContain("жарияланған күні белгісіз");
      // Archived at 22:59 UTC on 13 March: in the desk's zone (Almaty, UTC+5) that is 14 March.
      expect(undated.firstSection).toContain("мұрағатталды: 2026 ж. 14 наурыз, 03:59 GMT+5");
      // Only the notice's own times may carry the day it was pasted and published.
      for (const section of [undated.firstSectionHtml, ...undated.appearanceItemsHtml])
        expect(section).not.toContain(`datetime="${pastedOn.toISOString().slice(0, 10)}`);
      // The same page for a desk configured in UTC shows the archive time on its own calendar.
      const inUtc = await publicPage(utcApp, kkNotice);
      expect(inUtc.firstSection).toContain("мұрағатталды: 2026 ж. 13 наурыз, 22:59 UTC");

      // 2. A dated copy published after the seed page was archived: the earliest known publication.
      await call(reviewer, "ingest.paste", {
        name: "kaz-news.html",
        content: datedCopy("kaz-news.kz", "2026-03-15T04:00:00Z"),
      });
      expect((await theClaim(reviewer)).itemCount).toBe(2);
      const ruNotice = await publishIn("ru", reviewer, editor);
      const later = await publicPage(app, ruNotice);
      expect(later.claimReview.itemReviewed).toMatchObject({
        datePublished: "2026-03-15T04:00:00.000Z",
        firstAppearance: {
          url: "https://kaz-news.kz/news/akparattyk-shtab",
          datePublished: "2026-03-15T04:00:00.000Z",
        },
      });
      expect(later.firstSection).toContain("kaz-news.kz");
      expect(later.firstSection).toContain("15 марта 2026 г.");
      const seedCopyRu = later.appearanceItems.find((item) => item.includes("qazaq24.com")) ?? "";
      expect(seedCopyRu).toContain("дата публикации неизвестна");
      expect(seedCopyRu).toContain("архивировано: 14 марта 2026 г. в 03:59 GMT+5");

      // 3. The original, published earlier (20:30 UTC on 12 March, 13 March in Almaty), arrives last.
      await call(reviewer, "ingest.paste", {
        name: "aikyn.html",
        content: datedCopy("aikyn.kz", "2026-03-12T20:30:00Z"),
      });
      expect((await theClaim(reviewer)).itemCount).toBe(3);
      const enNotice = await publishIn("en", reviewer, editor);
      const earliest = await publicPage(app, enNotice);
      expect(earliest.claimReview.itemReviewed).toMatchObject({
        datePublished: "2026-03-12T20:30:00.000Z",
        firstAppearance: { url: "https://aikyn.kz/news/akparattyk-shtab", datePublished: "2026-03-12T20:30:00.000Z" },
      });
      const works = earliest.claimReview.itemReviewed.appearance as CreativeWork[];
      expect(works.map((work) => work.datePublished ?? null)).toEqual([
        "2026-03-12T20:30:00.000Z",
        "2026-03-15T04:00:00.000Z",
        null,
      ]);
      expect(earliest.firstSection).toContain("aikyn.kz");
      expect(earliest.firstSection).toContain("March 13, 2026");
      expect((await publicPage(utcApp, enNotice)).firstSection).toContain("March 12, 2026");
    } finally {
      await app.close();
      await utcApp.close();
    }
  });
});
