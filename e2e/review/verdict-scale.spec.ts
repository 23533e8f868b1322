import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { approveAndPublish, pasteOnIngestPage, submitVerdictOnPage } from "../support/claims.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn, logOut } from "../support/session.ts";

// This run's own word: the English wording of the label and the claim's title carry it, so a
// label left by an earlier run is never the one chosen here.
const RUN = `шкала${randomBytes(3).toString("hex")}`;
const LABEL_EN = `Manipulation ${RUN}`;
const TITLE = `В Алматы запретят продажу бензина АИ-92 с января ${RUN}`;
const HEADLINE = "Запрета на продажу АИ-92 нет";

function articlePage(): string {
  return `<!doctype html><html lang="ru"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/${RUN}"><meta property="article:published_time" content="${new Date().toISOString()}"></head>
<body><article><h1>${TITLE}</h1><p>В социальных сетях распространяется сообщение, что акимат Алматы с первого января запретит продажу бензина марки АИ-92 на всех заправках города.</p></article></body></html>`;
}

/** Takes this run's label off the verdict form (it stays on what was published), even when the spec fails. */
async function retireRunLabel(page: Page): Promise<void> {
  const list = await page.request.get("/trpc/verdictScale.list");
  const labels = (
    (await list.json()) as { result: { data: { id: string; wording: { en: string }; retired: boolean }[] } }
  ).result.data;
  for (const label of labels.filter((entry) => entry.wording.en === LABEL_EN && !entry.retired)) {
    const response = await page.request.post("/trpc/verdictScale.retire", {
      data: { labelId: label.id },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(response.ok(), await response.text()).toBe(true);
  }
}

test("[REVIEW][VERDICT-SCALE]: an admin adds a Factcheck.kz-style label; a reviewer and an editor give it to a claim; the notice page, the RSS feed and ClaimReview show it, and keep it after the scale changes", async ({
  page,
  browser,
}) => {
  // Admin: "Манипуляция", meaning misleading, rated 2 in ClaimReview.
  await logIn(page, "admin");
  await page.getByRole("link", { name: "Team settings" }).click();
  const scale = page.getByTestId("verdict-scale");
  const add = scale.getByRole("form", { name: "Add a label" });
  await add.getByLabel("Kazakh").fill("Манипуляция");
  await add.getByLabel("Russian").fill("Манипуляция");
  await add.getByLabel("English").fill(LABEL_EN);
  await add.getByLabel("Colour").fill("#7a3e9d");
  await add.getByLabel("Rating").selectOption({ label: "2 — mostly false" });
  await add.getByLabel("Meaning").selectOption({ label: "Misleading" });
  await add.getByRole("button", { name: "Add label" }).click();
  const row = scale.getByTestId("verdict-label").filter({ hasText: LABEL_EN });
  await expect(row).toContainText("Rating 2 · means “Misleading”");
  await logOut(page);

  try {
    // Reviewer: the label is on the verdict form beside the four built-in ones.
    await logIn(page, "reviewer");
    await pasteOnIngestPage(page, `${RUN}.html`, articlePage());
    await page.goto(`/?q=${encodeURIComponent(RUN)}`);
    await page.getByTestId("claim-row").filter({ hasText: RUN }).getByRole("link").click();
    await submitVerdictOnPage(page, {
      label: LABEL_EN,
      rationale: "Акимат опроверг сообщение: речь шла о проверке качества топлива, а не о запрете.",
      evidenceUrl: "https://www.gov.kz/memleket/entities/almaty",
      evidenceNote: "Опровержение акимата",
    });
    const claimUrl = page.url();
    await logOut(page);

    // Editor: the second review names the label, and so does the claim's verdict badge once approved.
    await logIn(page, "editor");
    await page.goto(claimUrl);
    await expect(page.getByTestId("second-review-form")).toContainText(LABEL_EN);
    const noticePath = await approveAndPublish(page, claimUrl, {
      lang: "ru",
      headline: HEADLINE,
      summary: "Запрета нет: акимат проверяет качество топлива.",
    });
    await expect(page.getByTestId("claim-verdict")).toHaveAttribute("data-verdict", "misleading");
    await expect(page.getByTestId("claim-verdict")).toHaveText(LABEL_EN);
    // The queue reads the label too; its verdict filter groups by meaning, worded with the desk's labels.
    await page.goto(`/?q=${encodeURIComponent(RUN)}`);
    await expect(
      page.getByTestId("claim-row").filter({ hasText: RUN }).locator('[data-verdict="misleading"]'),
    ).toHaveText(LABEL_EN);
    await expect(page.getByLabel("Verdict", { exact: true }).locator('option[value="misleading"]')).toContainText(
      LABEL_EN,
    );
    await logOut(page);

    await expectPublishedWith(page, noticePath, "Манипуляция");

    // Admin rewords the label: the published notice keeps the label it was published with.
    await logIn(page, "admin");
    await page.getByRole("link", { name: "Team settings" }).click();
    await row.getByRole("button", { name: `Edit the label “${LABEL_EN}”` }).click();
    const edit = scale.getByRole("form", { name: `Edit the label “${LABEL_EN}”` });
    await edit.getByLabel("Russian").fill("Подтасовка");
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText("Подтасовка");
    await expectPublishedWith(page, noticePath, "Манипуляция");
  } finally {
    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await logIn(adminPage, "admin");
    await retireRunLabel(adminPage);
    await context.close();
  }
});

/** The notice page, its ClaimReview JSON-LD and the RSS feed all name the verdict `label`. */
async function expectPublishedWith(page: Page, noticePath: string, label: string): Promise<void> {
  await page.goto(noticePath);
  await expect(page.locator("p.verdict")).toHaveText(label);
  await expect(page).toHaveTitle(new RegExp(`^${label}: ${HEADLINE}`));
  const claimReview = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as Record<string, unknown>;
  expect(claimReview.reviewRating).toEqual({
    "@type": "Rating",
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: label,
  });
  const rss = await (await page.request.get("/feed.xml")).text();
  expect(rss).toContain(`[${label}] ${HEADLINE}`);
}
