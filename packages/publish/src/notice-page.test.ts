import { describe, expect, it } from "vitest";
import { buildClaimReview } from "./claim-review.ts";
import { renderNoticePage } from "./notice-page.ts";
import { kazakhNotice, publisher, telegramAppearance } from "./test-fixtures.ts";

const MALICIOUS = "<script>alert(1)</script>";

function jsonLdBlocks(html: string): unknown[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((match) => JSON.parse(match[1] ?? "") as unknown);
}

describe("renderNoticePage", () => {
  const html = renderNoticePage(kazakhNotice, publisher);

  it("is a complete Kazakh document with canonical and hreflang links", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="kk">/);
    expect(html).toContain(
      "<title>Фейк: Референдум күні интернет өшірілмейді: Telegram-дағы хабар жалған — Tekser</title>",
    );
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/notices/ntc_01JNRX8K2Q">');
    expect(html).toContain('<link rel="alternate" hreflang="kk" href="http://localhost:3000/notices/ntc_01JNRX8K2Q">');
    expect(html).toContain('<link rel="alternate" hreflang="ru" href="http://localhost:3000/notices/ntc_01JNRX9RU">');
    expect(html).toContain('<a href="http://localhost:3000/notices/ntc_01JNRX9RU" hreflang="ru">Русский</a>');
  });

  it("shows the verdict badge, claim, summary, rationale and reviewers", () => {
    expect(html).toMatch(/<p class="verdict" data-verdict="fake"[^>]*>Фейк<\/p>/);
    expect(html).toContain('<blockquote class="claim-reviewed">Референдум күні интернет толық өшіріледі</blockquote>');
    expect(html).toContain(kazakhNotice.summary);
    expect(html).toContain("<p>Жарлықта да, Орталық сайлау комиссиясының");
    expect(html).toContain("<li>Әсел Нұрланқызы</li>");
    expect(html).toContain("<li>Данияр Оспанов</li>");
  });

  it("names the verdict by the label the version carries, its colour a stripe beside the meaning's background", () => {
    const verdictLabel = {
      id: "label-1",
      wording: { kk: "Айла", ru: "Манипуляция", en: "Manipulation" },
      rating: 2,
      colour: "#7a3e9d",
    };
    const labelled = renderNoticePage({ ...kazakhNotice, verdict: "misleading", verdictLabel }, publisher);
    expect(labelled).toMatch(
      /<p class="verdict" data-verdict="misleading" style="border-left: 0.6rem solid #7a3e9d"[^>]*>Айла<\/p>/,
    );
    expect(labelled).toContain("<title>Айла: ");
    // A colour that is not #rrggbb never reaches the style attribute.
    const odd = renderNoticePage(
      { ...kazakhNotice, verdictLabel: { ...verdictLabel, colour: "red;background:url(x)" } },
      publisher,
    );
    expect(odd).toMatch(/<p class="verdict" data-verdict="fake" title="[^"]*">Айла<\/p>/);
  });

  it("lists the first appearance and every appearance with site, linked title and date", () => {
    const firstSection = /<section class="first-appearance">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(firstSection).toContain("<h2>Бірінші пайда болуы</h2>");
    expect(firstSection).toContain("<strong>Telegram: Qazaq Jañalyq</strong>");
    expect(firstSection).toContain('<a href="https://t.me/qazaq_zhanalyq/4127" rel="nofollow noopener">');
    expect(firstSection).toContain('<time datetime="2025-03-01T08:15:00+05:00">');

    const appearances = /<section class="appearances">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(appearances.match(/<li>/g)).toHaveLength(2);
    expect(appearances).toContain(
      '<strong>qazaq24.com</strong>: <a href="https://qazaq24.com/news/referendum-internet" rel="nofollow noopener">Референдум күні интернет өшіріле ме?</a>',
    );
    expect(appearances).toContain("Айгерім Сәрсенова");
  });

  it("says a copy's publication date is unknown, with its archive time labelled when the page gave one", () => {
    const undated = { ...telegramAppearance, publishedAt: null, archivedAt: null };
    const archived = { ...undated, site: "qazaq24.com", archivedAt: "2026-03-13T22:59:00.000Z" };
    const page = renderNoticePage(
      { ...kazakhNotice, lang: "en", translations: [], firstAppearance: undated, appearances: [undated, archived] },
      publisher,
    );
    const appearances = [
      ...(/<section class="appearances">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? "").matchAll(/<li>([\s\S]*?)<\/li>/g),
    ].map((match) => match[1] ?? "");
    expect(appearances[0]).toContain("(publication date unknown)");
    expect(appearances[0]).not.toContain("<time");
    expect(appearances[1]).toContain(
      'publication date unknown; <span class="archived-at">archived: <time datetime="2026-03-13T22:59:00.000Z">March 14, 2026 at 03:59 AM GMT+5</time>',
    );
  });

  it("links evidence with its note and gives machine-readable publication times", () => {
    expect(html).toContain(
      'Цифрлық даму министрлігінің ресми мәлімдемесі — <a href="https://www.gov.kz/memleket/entities/mdai/press/news" rel="noopener">',
    );
    expect(html).toContain('<time datetime="2025-03-03T09:00:00+05:00">');
    expect(html).toContain('<time datetime="2025-03-04T14:30:00+05:00">');
  });

  it("carries JSON-LD that parses back to the ClaimReview and no other script", () => {
    expect(jsonLdBlocks(html)).toEqual([buildClaimReview(kazakhNotice, publisher)]);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("escapes a malicious headline everywhere it is interpolated", () => {
    const page = renderNoticePage(
      { ...kazakhNotice, headline: MALICIOUS, claimReviewed: `"/>${MALICIOUS}` },
      publisher,
    );

    expect(page).not.toContain(MALICIOUS);
    expect(page).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    // The JSON-LD still round-trips the raw text: escaping must not corrupt the data.
    expect(jsonLdBlocks(page)).toEqual([
      buildClaimReview({ ...kazakhNotice, claimReviewed: `"/>${MALICIOUS}` }, publisher),
    ]);
  });

  it("does not turn javascript: appearance or evidence URLs into links", () => {
    const page = renderNoticePage(
      {
        ...kazakhNotice,
        appearances: [{ ...telegramAppearance, url: "javascript:alert(1)" }],
        evidence: [{ url: "javascript:alert(2)", note: "Күмәнді сілтеме" }],
      },
      publisher,
    );
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain("Күмәнді сілтеме — javascript:alert(2)");
  });

  it("shows a retraction banner and withdraws the ClaimReview markup when retracted", () => {
    const page = renderNoticePage({ ...kazakhNotice, status: "retracted" }, publisher);
    expect(page).toContain('<p class="retracted" role="alert">Бұл қорытынды кері қайтарылды.');
    expect(jsonLdBlocks(page)).toEqual([]);
    expect(html).not.toContain('class="retracted"');
  });

  it("localises reader-facing strings for Russian and English", () => {
    const ru = renderNoticePage({ ...kazakhNotice, lang: "ru", translations: [] }, publisher);
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain("<h2>Первое появление</h2>");
    expect(ru).toMatch(/data-verdict="fake"[^>]*>Фейк</);

    const other = renderNoticePage(
      { ...kazakhNotice, lang: "other", verdict: "misleading", translations: [] },
      publisher,
    );
    expect(other).toContain('<html lang="und">');
    expect(other).toContain("<h2>First appearance</h2>");
    expect(other).toMatch(/data-verdict="misleading"[^>]*>Misleading</);
    expect(other).not.toContain("hreflang");
  });
});
