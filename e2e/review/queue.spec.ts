import { expect, test } from "@playwright/test";
import { ingestDemoPages } from "../support/claims.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

test("[REVIEW][QUEUE]: filter by language, sort by title, and triage by keyboard", async ({ page }) => {
  await logIn(page, "reviewer");
  await ingestDemoPages(page.request);
  // The largest page, so that every Kazakh claim the suite has made by now is on it and the
  // descending order can be compared with the ascending one.
  await page.goto("/?perPage=50");

  // Filter: only Kazakh claims (the server filters; every row shown is kk).
  await page.getByLabel("Language", { exact: true }).selectOption("kk");
  await expect(page).toHaveURL(/lang=kk/);
  const rows = page.getByTestId("claim-row");
  await expect(rows.first()).toBeVisible();
  const langs = await rows.locator(".lang-tag").allTextContents();
  expect(langs.length).toBeGreaterThan(1);
  expect(new Set(langs)).toEqual(new Set(["kk"]));

  // Sort by title on the server: ascending, then descending is the exact reverse.
  const titleHeader = page.getByRole("columnheader", { name: /^Claim/ });
  const settledTitles = async () => {
    await expect(page.locator("table.is-stale")).toHaveCount(0);
    return rows.locator(".claim-link").allTextContents();
  };
  await page.getByRole("button", { name: /^Claim/ }).click();
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=title\.asc/);
  const ascending = await settledTitles();
  expect(ascending.length, "every Kazakh claim fits on one page").toBeLessThan(50);
  await page.getByRole("button", { name: /^Claim/ }).click();
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=title\.desc/);
  const titles = await settledTitles();
  // Background work (a copy read from an image, a later ingest) may merge a claim away between
  // the two reads: the claims both views show must be in exactly the reverse order.
  const inBoth = (list: string[], other: string[]) => list.filter((title) => other.includes(title));
  expect(inBoth(titles, ascending).length).toBeGreaterThan(5);
  expect(inBoth(titles, ascending)).toEqual(inBoth([...ascending].reverse(), titles));

  // Keyboard: j/k move, a assigns to me, ? shows the help, Enter opens.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  const active = page.locator("[data-testid=claim-row][data-active=true]");
  await expect(active).toHaveCount(1);
  await expect(active).toContainText(titles[0]!);
  await page.keyboard.press("a");
  await expect(active.getByTestId("row-assignee")).toHaveText(E2E_USERS.reviewer.displayName);
  await page.keyboard.press("?");
  await expect(page.getByTestId("keyboard-help")).toContainText("Assign the claim to me");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("keyboard-help")).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: titles[0]! })).toBeVisible();
  await expect(page.getByTestId("work-assignee")).toContainText(E2E_USERS.reviewer.displayName);
});
