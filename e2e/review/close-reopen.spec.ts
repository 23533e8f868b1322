import { expect, test } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { logIn } from "../support/session.ts";

// A claim of this spec's own, so the statuses it walks through are no other spec's business.
const TITLE = "Каток на Медеу откроют круглый год";
const PAGE =
  `<!doctype html><html lang="ru"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/e2e-close-reopen"><meta property="article:published_time" content="2026-03-15T10:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1><p>Акимат Алматы сообщил, что высокогорный каток Медеу будет работать круглый год после установки новой системы охлаждения льда. ` +
  `Работы по модернизации планируют завершить к осени, стоимость проекта не раскрывается.</p></article></body></html>`;

test("[REVIEW][WORK]: the work panel offers closing while a claim is open and reopening once it is closed", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await pasteOnIngestPage(page, "medeu.html", PAGE);
  await page.goto(`/?q=${encodeURIComponent("Медеу круглый год")}`);
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "new");
  const work = page.getByTestId("work-panel");

  // Open: the verdict form and the close form are offered, reopening is not.
  await expect(page.getByTestId("verdict-form")).toBeVisible();
  await expect(work.getByText("Reopen", { exact: true })).toHaveCount(0);
  await work.getByText("Close claim", { exact: true }).first().click();
  await work.getByLabel("Note").fill("An announcement, not a claim to check");
  await work.getByRole("button", { name: "Close claim" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "closed");

  // Closed: no verdict form, no close form; reopening is offered and brings the claim back.
  await expect(page.getByTestId("verdict-form")).toHaveCount(0);
  await expect(work.getByRole("button", { name: "Close claim" })).toHaveCount(0);
  await work.getByText("Reopen", { exact: true }).first().click();
  await work.getByLabel("Why reopen").fill("The akimat named a date after all");
  await work.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "reopened");
  await expect(page.getByTestId("verdict-form")).toBeVisible();
});
