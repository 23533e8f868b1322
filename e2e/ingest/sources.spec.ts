import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";

test("a reviewer adds a feed to the source registry and sees its health row", async ({ page }) => {
  await logIn(page, "reviewer");
  await page.getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();

  await page.getByLabel("Name").fill("Aikyn RSS");
  await page.getByLabel("Feed or page URL").fill("ftp://aikyn.kz/rss");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Enter an http(s) URL of a feed or page")).toBeVisible();

  await page.getByLabel("Feed or page URL").fill("https://aikyn.kz/rss-e2e");
  await page.getByRole("button", { name: "Add source" }).click();
  const row = page.getByRole("row", { name: /Aikyn RSS/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("https://aikyn.kz/rss-e2e");
});

test("[INGEST][SOURCES]: a reviewer edits a source, disables and re-enables it; filter and sort stay in the URL", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await page.getByRole("link", { name: "Sources" }).click();
  await page.getByLabel("Name").fill("Tengri E2E");
  await page.getByLabel("Feed or page URL").fill("https://tengrinews.kz/rss-e2e-edit");
  await page.getByRole("button", { name: "Add source" }).click();
  const original = page.getByRole("row", { name: /Tengri E2E/ });
  await expect(original).toContainText("Polled");

  await original.getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit source: Tengri E2E" });
  await dialog.getByLabel("Name").fill("Tengri News KK");
  await dialog.getByLabel("Poll every (minutes)").fill("1");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("Poll at most every 5 minutes")).toBeVisible();
  await dialog.getByLabel("Poll every (minutes)").fill("60");
  await dialog.getByLabel("Feed or page URL").fill("https://kaz.tengrinews.kz/news-e2e");
  await dialog.getByLabel("Format").selectOption("page");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row", { name: /Tengri News KK/ });
  await expect(row).toContainText("https://kaz.tengrinews.kz/news-e2e");
  await expect(row).toContainText("page");
  await expect(row).toContainText("60");

  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByTestId("source-state")).toHaveText("Disabled");
  await expect(row).toContainText("Not polled");

  await page.getByLabel("Show").selectOption("disabled");
  await expect(page).toHaveURL(/[?&]state=disabled/);
  await expect(page.getByRole("row", { name: /Aikyn RSS/ })).toHaveCount(0);
  // Counts sort most first, as TanStack does for numbers.
  await page.getByRole("button", { name: /Failures in a row/ }).click();
  await expect(page).toHaveURL(/sort=failureCount\.desc/);
  await page.reload();
  await expect(page.getByLabel("Show")).toHaveValue("disabled");
  await expect(page.getByRole("columnheader", { name: /Failures in a row/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page).toHaveURL(/[?&]state=disabled/);

  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row).toHaveCount(0);
  await page.getByLabel("Show").selectOption("enabled");
  await expect(page.getByRole("row", { name: /Tengri News KK/ }).getByTestId("source-state")).toHaveText("Polled");
});
