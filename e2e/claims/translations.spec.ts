import { expect, test, type Page } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { logIn } from "../support/session.ts";

/** A news page in `lang`; the names and numbers are this spec's own, so no other spec's claims share them. */
function newsPage(lang: "kk" | "ru", site: string, title: string, body: string, slug = "e2e-translation"): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>
<link rel="canonical" href="https://${site}/news/${slug}"><meta property="article:published_time" content="2026-04-02T09:00:00+05:00"></head>
<body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

/** Searches for `query` and opens the claim of the hit from `site`. */
async function openSearchHit(page: Page, query: string, site: string): Promise<void> {
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search for").fill(query);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("search-hit").filter({ hasText: site }).getByRole("link").click();
}

test("[CLAIMS][E2E]: a Russian translation of a Kazakh claim joins it as its language version", async ({ page }) => {
  await logIn(page, "reviewer");
  await pasteOnIngestPage(
    page,
    "kk-schools.html",
    newsPage(
      "kk",
      "aikyn.kz",
      "Бақауов Павлодарда 5120 мектеп орнын ашатынын айтты",
      "Облыс әкімі Асаин Бақауов Павлодарда биыл 5120 орындық үш жаңа мектеп ашылатынын мәлімдеді. Құрылысқа республикалық бюджеттен қаржы бөлінген, мектептер 1 қыркүйекке дейін пайдалануға беріледі.",
      "e2e-schools",
    ),
  );
  await pasteOnIngestPage(
    page,
    "ru-schools.html",
    newsPage(
      "ru",
      "tengrinews.kz",
      "Бакауов: в Павлодаре откроют три школы на 5120 мест",
      "Аким области Асаин Бакауов заявил, что в этом году в Павлодаре откроются три новые школы на 5120 мест. Строительство профинансировано из республиканского бюджета, школы сдадут до 1 сентября.",
      "e2e-schools",
    ),
  );

  await openSearchHit(page, "Бақауов мектеп", "aikyn.kz");

  // No merge needed: the names, the figure, the date and the vocabulary agree.
  const appearances = page.getByTestId("spread-panel").getByTestId("appearance");
  await expect(appearances).toHaveCount(2);
  await expect(appearances.nth(1)).toContainText("tengrinews.kz");
});

// A Russian report that gives the headline's names and figure but tells another part of the story
// shares little of the wording: too little to join by itself, so it is offered as a translation.
test("[CLAIMS][E2E]: a Russian report retelling only a Kazakh claim's headline comes first among its similar claims, and merges into it", async ({
  page,
}) => {
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
      "Жаркентбаев: в Талдыкоргане появится 7345 новых квартир. Глава региона рассказал об этом на встрече с жителями микрорайона Самал, которые спрашивали его о детских площадках и освещении улиц.",
    ),
  );

  await openSearchHit(page, "Жаркентбаев пәтер", "aikyn.kz");

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
