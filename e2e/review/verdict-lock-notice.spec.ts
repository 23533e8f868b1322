import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createDb } from "@tekser/db";
import { E2E_PORT } from "../playwright.config.ts";
import { E2E_DATABASE_URL_FILE } from "../support/database.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

test("[REVIEW][LOCK]: while a colleague works on a claim, the verdict form says so and stays closed until they stop", async ({
  page,
  browser,
}) => {
  const db = createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));
  const reviewer = await browser.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    const { id: claimId } = await db.claim.create({
      data: { title: `Lock notice claim ${Date.now().toString(36)}`, lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    await logIn(page, "admin");
    await page.goto(`/claims/${claimId}`);
    const form = page.getByTestId("verdict-form");
    await expect(form.getByLabel("Fake")).toBeEnabled();

    // The reviewer starts work on it elsewhere: the admin's open form says so before any typing.
    const reviewerPage = await reviewer.newPage();
    await logIn(reviewerPage, "reviewer");
    const locked = await reviewerPage.request.post("/trpc/workflow.lock", {
      data: { claimId },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(locked.ok(), await locked.text()).toBe(true);
    await expect(form.getByTestId("verdict-locked")).toContainText(
      `${E2E_USERS.reviewer.displayName} is working on this claim`,
    );
    await expect(form.getByLabel("Fake")).toBeDisabled();
    await expect(form.getByLabel("Rationale")).toBeDisabled();

    const unlocked = await reviewerPage.request.post("/trpc/workflow.unlock", {
      data: { claimId },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(unlocked.ok(), await unlocked.text()).toBe(true);
    await expect(form.getByTestId("verdict-locked")).toHaveCount(0);
    await expect(form.getByLabel("Fake")).toBeEnabled();
  } finally {
    await reviewer.close();
    await db.$disconnect();
  }
});
