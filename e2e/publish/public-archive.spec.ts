import { expect, test } from "@playwright/test";
import { approveAndPublish, pasteOnIngestPage, submitVerdictOnPage } from "../support/claims.ts";
import { logIn, logOut } from "../support/session.ts";

// A claim and notice of this spec's own, found in the archive by a word no other spec uses.
const TITLE = "В Караганде отменят плату за парковку у больниц";
const PAGE =
  `<!doctype html><html lang="ru"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/e2e-public-archive"><meta property="article:published_time" content="2026-03-17T10:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1><p>В социальных сетях распространяется сообщение о том, что с апреля в Караганде парковка у всех больниц станет бесплатной. ` +
  `Акимат города это сообщение не подтвердил, решение о тарифах не принималось.</p></article></body></html>`;
const HEADLINE = "Бесплатной парковки у карагандинских больниц не будет";

test("[PUBLISH][ARCHIVE]: the site name on a public notice leads to a public archive with search, language and verdict filters in kk/ru/en, linking to each notice", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await pasteOnIngestPage(page, "karaganda-parking.html", PAGE);
  await page.goto(`/?q=${encodeURIComponent("парковку у больниц")}`);
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await submitVerdictOnPage(page, {
    label: "Fake",
    rationale: "Акимат Караганды не принимал решения о бесплатной парковке.",
    evidenceUrl: "https://www.gov.kz/memleket/entities/karaganda",
    evidenceNote: "Ответ акимата",
  });
  const claimUrl = page.url();
  await logOut(page);

  await logIn(page, "editor");
  const noticeHref = await approveAndPublish(page, claimUrl, {
    lang: "ru",
    headline: HEADLINE,
    summary: "Сообщение о бесплатной парковке у больниц Караганды не подтвердилось.",
  });
  await logOut(page);

  // A reader on the notice follows the site name: the archive in the notice's language, not the staff login.
  await page.goto(noticeHref);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  await page.locator("header.site-header a").click();
  await expect(page).toHaveURL(/\/archive\?ui=ru$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Архив заключений");
  await expect(page.getByLabel("Username")).toHaveCount(0);

  // Search, then the verdict filter: the notice is found as fake, not as verified.
  await page.getByLabel("Поиск").fill("карагандинских");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByTestId("archive-count")).toHaveText("Найдено: 1");
  await page.getByLabel("Вердикт").selectOption("verified");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByTestId("archive-notice")).toHaveCount(0);
  await page.getByLabel("Вердикт").selectOption("fake");
  await page.locator("select[name=lang]").selectOption("kk");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByTestId("archive-notice")).toHaveCount(0);
  await page.locator("select[name=lang]").selectOption("ru");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByTestId("archive-notice")).toHaveCount(1);
  await expect(page.getByTestId("archive-notice")).toContainText("Фейк");

  // The same view in English and Kazakh keeps its filters; the entry opens the notice.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fact-check archive");
  await expect(page.getByTestId("archive-notice")).toContainText("Fake");
  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Тексеру қорытындыларының мұрағаты");
  await page.getByTestId("archive-notice").getByRole("link", { name: HEADLINE }).click();
  await expect(page).toHaveURL(new RegExp(`${noticeHref}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HEADLINE);

  const favicon = await page.request.get("/favicon.svg");
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});
