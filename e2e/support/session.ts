import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users.ts";

/**
 * The dashboard defaults to Kazakh; these specs read English labels, so the login page starts in
 * English (the e2e accounts themselves are stored with locale "en").
 */
export async function logIn(page: Page, role: keyof typeof E2E_USERS): Promise<void> {
  await preferEnglish(page);
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

/** The dashboard in English for this page's browser, unless it already chose a language. */
export async function preferEnglish(page: Page): Promise<void> {
  // Runs in the browser, where `localStorage` exists; this package has no DOM types.
  await page.addInitScript(() => {
    const storage = (
      globalThis as unknown as {
        localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
      }
    ).localStorage;
    if (!storage.getItem("tekser.locale")) storage.setItem("tekser.locale", "en");
  });
}
