import { expect, test } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { logIn } from "../support/session.ts";

/** A news page in `lang`; the names and numbers are this spec's own, so no other spec's claims share them. */
function newsPage(lang: "kk" | "ru", site: string, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>
<link rel="canonical" href="https://${site}/news/e2e-translation"><meta property="article:published_time" content="2026-04-02T09:00:00+05:00"></head>
<body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}


test("[CLAIMS][E2E]: a Russian translation of a Kazakh claim comes first among its similar claims, and merges into it", async ({ page }) => {
  await logIn(page, "reviewer");
  await pasteOnIngestPage(
    page,
    "kk-translation.html",
    newsPage(
      "kk",
      "aikyn.kz",
      "Жаркентбаев Талдықорғанда 7345 пәтер салатынын айтты",
      "Облыс әкімі Жаркентбаев Талдықорғанда келесі жылы 7345 пәтер салынатынын мәлімдеді. Құрылысқа жергілікті бюджеттен қаржы бөлінеді, ал кезекте тұрғандарға пәтерлер жеңілдікпен беріледі.",
    ),
  );
  await pasteOnIngestPage(
    page,
    "ru-translation.html",
    newsPage(
      "ru",
      "tengrinews.kz",
      "Жаркентбаев пообещал построить в Талдыкоргане 7345 квартир",
      "Аким области Жаркентбаев заявил, что в следующем году в Талдыкоргане построят 7345 квартир. Строительство профинансируют из местного бюджета, а очередникам жильё предоставят на льготных условиях.",
    ),
  );

  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search for").fill("Жаркентбаев пәтер");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("search-hit").filter({ hasText: "aikyn.kz" }).getByRole("link").click();

  const translation = page.getByTestId("similar-claim").first();
  await expect(translation).toContainText("Жаркентбаев пообещал построить в Талдыкоргане 7345 квартир");
  await expect(translation.getByTestId("similar-other-language")).toHaveText("in another language: a translation?");
  await translation.getByRole("button", { name: "Merge into this claim" }).click();
  await page.getByLabel("Why are these the same claim?").fill("The Russian version of the same report");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  const appearances = page.getByTestId("spread-panel").getByTestId("appearance");
  await expect(appearances).toHaveCount(2);
  await expect(appearances.nth(1)).toContainText("tengrinews.kz");
});
