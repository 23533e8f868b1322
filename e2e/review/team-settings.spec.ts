import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";

test("[REVIEW][FOUR-EYES]: an admin decides whether reviewers may give the second review", async ({ page }) => {
  await logIn(page, "admin");
  await page.getByRole("link", { name: "Team settings" }).click();
  const toggle = page.getByLabel("Reviewers may give the second review");
  await expect(toggle).toBeChecked();
  // The box shows the saved setting, so it flips once the server has stored the change.
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await page.reload();
  await expect(page.getByLabel("Reviewers may give the second review")).not.toBeChecked();
  // Leave the default for the other specs.
  await page.getByLabel("Reviewers may give the second review").click();
  await expect(page.getByLabel("Reviewers may give the second review")).toBeChecked();
});
