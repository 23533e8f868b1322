import { expect, test } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { logIn } from "../support/session.ts";

const BODY =
  "Еңбек және халықты әлеуметтік қорғау министрлігі зейнет жасын қайта көтеру туралы шешім қабылданған жоқ деп мәлімдеді. " +
  "Бұған дейін бірқатар Telegram арналарында әйелдердің зейнет жасы алпыс бес жасқа дейін бірден көтеріледі деген хабар тарады. " +
  "Министрліктің баспасөз қызметі заңнамаға мұндай түзету енгізілмегенін атап өтті.";

function page(site: string, published: string, extra = ""): string {
  return `<!doctype html><html lang="kk"><head><title>Зейнет жасы көтерілмейді</title>
<link rel="canonical" href="https://${site}/news/e2e"><meta property="article:published_time" content="${published}"></head>
<body><article><h1>Зейнет жасы көтерілмейді</h1>${extra}<p>${BODY}</p><p>Жағдайды бақылауды жалғастырыңыз…</p></article></body></html>`;
}

test("[CLAIMS][E2E]: a copy joins its origin's claim, is found in Latin script, split out and merged back", async ({
  page: browser,
}) => {
  await logIn(browser, "reviewer");
  await pasteOnIngestPage(browser, "aikyn.html", page("aikyn.kz", "2026-03-14T09:00:00+05:00"));
  await pasteOnIngestPage(
    browser,
    "qazaq24.html",
    page("qazaq24.com", "2026-03-14T15:00:00+05:00", "<p>aikyn.kz парақшасындағы деректерге сәйкес</p>"),
  );

  // Search in Latin-script Kazakh finds both Cyrillic items, in one claim.
  await browser.getByRole("link", { name: "Search" }).click();
  await browser.getByLabel("Search for").fill("zeinet jasy");
  await browser.getByRole("button", { name: "Search" }).click();
  // Other specs share this server and may have ingested the seed page's own pension headline.
  const hits = browser.getByTestId("search-hit").filter({ hasText: "Зейнет жасы көтерілмейді" });
  await expect(hits).toHaveCount(2);
  await expect(browser.getByTestId("search-corrected")).toHaveCount(0);

  // A misspelt word is corrected to the nearest word of claim titles, and the page says so.
  await browser.getByLabel("Search for").fill("zeinet jasy koterlmeidi");
  await browser.getByRole("button", { name: "Search" }).click();
  await expect(browser.getByTestId("search-corrected")).toContainText("Showing results for «zeinet jasi koterilmeidi»");
  await expect(hits).toHaveCount(2);
  await hits.filter({ hasText: "qazaq24.com" }).getByRole("link").click();

  // The claim page shows the spread: first appearance on aikyn.kz, the copy linked to it.
  const spread = browser.getByTestId("spread-panel");
  const appearances = spread.getByTestId("appearance");
  await expect(appearances).toHaveCount(2);
  await expect(appearances.first()).toHaveAttribute("data-first", "true");
  await expect(appearances.first()).toContainText("aikyn.kz");
  await expect(appearances.nth(1)).toContainText("copy of aikyn.kz");
  const originalUrl = browser.url();

  // Split the copy out: it becomes its own claim, which lists the original as similar.
  await appearances.nth(1).getByRole("button", { name: "Split out" }).click();
  await browser.getByLabel("Why is this item a different claim?").fill("Checking the split in the browser");
  await browser.getByRole("button", { name: "Split into a new claim" }).click();
  await expect(browser).not.toHaveURL(originalUrl);
  await expect(browser.getByTestId("spread-panel").getByTestId("appearance")).toHaveCount(1);
  await expect(browser.getByTestId("appearance").first()).toContainText("placed by a reviewer");

  const similar = browser.getByTestId("similar-claim").first();
  await expect(similar.getByTestId("similar-other-language")).toHaveCount(0);
  await similar.getByRole("button", { name: "Merge into this claim" }).click();
  await browser.getByLabel("Why are these the same claim?").fill("Same claim after all");
  await browser.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(browser.getByTestId("spread-panel").getByTestId("appearance")).toHaveCount(2);
});
