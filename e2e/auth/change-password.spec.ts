import { expect, test } from "@playwright/test";
import { E2E_NEWCOMER, E2E_PASSWORD } from "../support/users.ts";

test("[AUTH][PASSWORDS][E2E]: an account with a password set for it must choose its own, neither the same nor an easy one", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const storage = (
      globalThis as unknown as {
        localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
      }
    ).localStorage;
    if (!storage.getItem("tekser.locale")) storage.setItem("tekser.locale", "en");
  });
  await page.goto("/login");
  await page.getByLabel("Username").fill(E2E_NEWCOMER.username);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible();

  const choose = async (newPassword: string) => {
    await page.getByLabel("Current password").fill(E2E_PASSWORD);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByLabel("Confirm password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
  };
  const alert = page.getByRole("alert");
  await choose(E2E_PASSWORD);
  await expect(alert).toHaveText("The new password is your current one. Choose a different password.");
  await choose("qwertyuiop123");
  await expect(alert).toHaveText("This password is too easy to guess. Use a longer passphrase of unrelated words.");
  await choose("steppe wind over the archive");
  await expect(page.getByTestId("current-user")).toContainText(E2E_NEWCOMER.displayName);
});
