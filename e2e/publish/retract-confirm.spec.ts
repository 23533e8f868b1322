import { expect, test } from "@playwright/test";
import { approveAndPublish, pasteOnIngestPage, submitVerdictOnPage } from "../support/claims.ts";
import { logIn, logOut } from "../support/session.ts";

// A claim and notice of this spec's own, so correcting and retracting it touches no other spec.
const TITLE = "Павлодарда су құбырлары толық ауыстырылады";
const PAGE =
  `<!doctype html><html lang="kk"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/e2e-retract-confirm"><meta property="article:published_time" content="2026-03-18T10:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1><p>Павлодар әкімдігі қаладағы ескі су құбырларының барлығы екі жылда толық ауыстырылатынын хабарлады. ` +
  `Жұмыс көктемде басталады, тұрғындарға суды уақытша өшіру кестесі алдын ала жарияланады.</p></article></body></html>`;
const HEADLINE = "Павлодардағы су құбырлары екі жылда ауыстырылады";

test("[PUBLISH][RETRACT]: a correction says it is published; retracting is a separate step that names the notice and needs its own reason", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await pasteOnIngestPage(page, "pavlodar-pipes.html", PAGE);
  await page.goto(`/?q=${encodeURIComponent("су құбырлары толық")}`);
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await submitVerdictOnPage(page, {
    label: "Verified",
    rationale: "Павлодар әкімдігі жоспарды ресми сайтында жариялады.",
    evidenceUrl: "https://www.gov.kz/memleket/entities/pavlodar",
    evidenceNote: "Әкімдік хабарламасы",
  });
  const claimUrl = page.url();
  await logOut(page);

  await logIn(page, "editor");
  const noticeHref = await approveAndPublish(page, claimUrl, {
    lang: "kk",
    headline: HEADLINE,
    summary: "Әкімдік су құбырларын екі жылда ауыстыруды жоспарлап отыр.",
  });
  await page.getByTestId("notice-link").first().getByRole("button", { name: "Correct or retract" }).click();

  // A correction ends with a message saying it is public.
  const correction = page.getByTestId("correction-form");
  await correction.getByLabel("Headline").fill(`${HEADLINE} (2028 жылға дейін)`);
  await correction.getByLabel("Change note (shown publicly)").fill("Мерзімі нақтыланды");
  await correction.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByTestId("notice-change-done")).toHaveText("Correction published: version 2 is now public.");
  await expect(correction).toContainText("version 2");

  // Retracting does nothing until confirmed in its own step, which names the notice and wants a reason.
  await expect(correction.getByRole("button", { name: /Retract/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Retract notice…" }).click();
  const retract = page.getByTestId("retract-form");
  await expect(retract).toContainText(`Retract the notice “${HEADLINE} (2028 жылға дейін)”?`);
  await retract.getByRole("button", { name: `Yes, retract “${HEADLINE} (2028 жылға дейін)”` }).click();
  await expect(retract.getByRole("alert")).toBeVisible();
  await expect(page.getByTestId("notice-change-done")).toContainText("version 2");

  await retract.getByLabel("Why it is retracted (shown publicly)").fill("Әкімдік жоспарды қайта қарап жатыр");
  await retract.getByRole("button", { name: /^Yes, retract/ }).click();
  await expect(page.getByTestId("notice-change-done")).toHaveText("Notice retracted (version 3).");
  await expect(page.getByTestId("retract-form")).toHaveCount(0);
  await page.goto(noticeHref);
  await expect(page.locator("body")).toContainText("Әкімдік жоспарды қайта қарап жатыр");
});
