import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { logIn } from "../support/session.ts";

/** The authenticator app's code, `stepsAhead` 30-second steps from now. */
function authenticatorCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

async function inEnglish(page: Page) {
  await page.addInitScript(() => {
    const storage = (
      globalThis as unknown as {
        localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
      }
    ).localStorage;
    if (!storage.getItem("tekser.locale")) storage.setItem("tekser.locale", "en");
  });
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

test("[ACCOUNTS][TOTP][E2E]: an admin creates a reviewer, who signs in with the one-time password, must choose a new one, and enrols two-factor sign-in", async ({
  page,
  browser,
}) => {
  const username = `walk-${Date.now().toString(36)}`;
  const displayName = "Айгерім Walk";
  const newPassword = "steppe wind over the archive";

  await logIn(page, "admin");
  await page.getByRole("link", { name: "Accounts" }).click();
  const createForm = page.getByTestId("create-user-form");
  await createForm.getByLabel("Username").fill(username);
  await createForm.getByLabel("Display name").fill(displayName);
  await createForm.getByRole("button", { name: "Create account" }).click();
  const oneTimePassword = (await page.getByTestId("one-time-password").textContent()) ?? "";
  expect(oneTimePassword).toMatch(/^[\w-]{20}$/);
  await expect(page.getByTestId("account-row").filter({ hasText: username })).toContainText("reviewer");
  // The admin gives the colleague a notification address; it stays unverified until its owner opens the link.
  await page.getByTestId("account-row").filter({ hasText: username }).getByRole("button").click();
  const panel = page.getByTestId("account-panel");
  await panel.getByLabel("Notification e-mail address").fill(`${username}@desk.example.kz`);
  await panel.getByRole("button", { name: "Set address" }).click();
  await expect(panel.getByRole("status")).toContainText("Saved.");

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await inEnglish(reviewer);
  await signIn(reviewer, username, oneTimePassword);
  // A new account speaks Kazakh, the desk's default; the reviewer chooses English, saved on the account.
  await expect(reviewer.getByRole("heading", { name: "Құпиясөзді өзгерту" })).toBeVisible();
  await reviewer.getByTestId("language-switcher").selectOption("en");
  await expect(reviewer.getByRole("heading", { name: "Change your password" })).toBeVisible();
  await reviewer.getByLabel("Current password").fill(oneTimePassword);
  await reviewer.getByLabel("New password").fill(newPassword);
  await reviewer.getByLabel("Confirm password").fill(newPassword);
  await reviewer.getByRole("button", { name: "Change password" }).click();
  await expect(reviewer.getByTestId("current-user")).toContainText(displayName);

  await reviewer.getByRole("link", { name: "My account" }).click();
  await expect(reviewer.getByLabel("E-mail address")).toHaveValue(`${username}@desk.example.kz`);
  await expect(reviewer.getByTestId("email-verification")).toHaveAttribute("data-verified", "false");
  await reviewer.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(reviewer.getByRole("img", { name: "QR code for the authenticator app" })).toBeVisible();
  const secret = (await reviewer.getByTestId("totp-secret").textContent()) ?? "";
  await reviewer.getByLabel("Authenticator code").fill(await authenticatorCode(secret));
  await reviewer.getByRole("button", { name: "Turn on" }).click();
  await expect(reviewer.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await reviewer.getByRole("button", { name: "I have saved the codes" }).click();
  await expect(reviewer.getByText("Two-factor sign-in is on. Recovery codes left: 10.")).toBeVisible();

  // Signed out once the login form shows: navigating earlier could cancel the logout request.
  await reviewer.getByRole("button", { name: "Logout" }).click();
  await expect(reviewer.getByLabel("Username")).toBeVisible();
  await signIn(reviewer, username, newPassword);
  // The enrolment spent this step's code; the next one is within the clock drift allowed.
  await reviewer.getByLabel("Authenticator code").fill(await authenticatorCode(secret, 1));
  await reviewer.getByRole("button", { name: "Log in" }).click();
  await expect(reviewer.getByTestId("current-user")).toContainText(displayName);
  await reviewerContext.close();

  await page.reload();
  await expect(page.getByTestId("account-row").filter({ hasText: username })).toContainText("On");
});
