import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users.ts";

export async function logIn(page: Page, role: keyof typeof E2E_USERS): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username").fill(E2E_USERS[role].username);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("current-user")).toContainText(E2E_USERS[role].displayName);
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Logout" }).click();
  await expect(page.getByLabel("Username")).toBeVisible();
}
