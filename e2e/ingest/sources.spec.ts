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
