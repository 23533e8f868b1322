import { createHash } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { E2E_PORT, E2E_PORT_2 } from "../playwright.config.ts";
import { ingestDemoPages } from "../support/claims.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

async function signedInPage(browser: Browser, port: number, role: keyof typeof E2E_USERS) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  await logIn(page, role);
  return { context, page };
}

test("[REVIEW][FOUR-EYES][REALTIME]: the author cannot approve; an editor on another server instance approves, and each sees the other's step live", async ({
  browser,
}) => {
  // Two people, two browser contexts, two server instances sharing one database.
  const reviewer = await signedInPage(browser, E2E_PORT, "reviewer");
  const editor = await signedInPage(browser, E2E_PORT_2, "editor");
  await ingestDemoPages(reviewer.page.request);

  await reviewer.page.goto("/?lang=ru&status=new&sort=title.asc");
  await reviewer.page.getByTestId("claim-row").first().getByRole("link").click();
  await expect(reviewer.page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  const claimPath = new URL(reviewer.page.url()).pathname;
  await editor.page.goto(claimPath);
  await expect(editor.page.getByTestId("work-assignee")).toContainText("Nobody");

  // The reviewer takes the claim; the editor's open page shows it without reloading.
  await reviewer.page.getByRole("button", { name: "Assign to me" }).click();
  await reviewer.page.getByRole("button", { name: "Start work" }).click();
  await expect(editor.page.getByTestId("work-assignee")).toContainText(E2E_USERS.reviewer.displayName);
  await expect(editor.page.getByTestId("work-lock")).toContainText(
    `${E2E_USERS.reviewer.displayName} is working on this`,
  );

  // The reviewer writes the verdict and cannot give the second approval themself.
  const form = reviewer.page.getByTestId("verdict-form");
  await form.getByLabel("Fake").check();
  await form.getByLabel("Rationale").fill("The official source contradicts the report.");
  await form.getByLabel("Evidence URL 1").fill("https://www.gov.kz/");
  await form.getByLabel("Evidence note 1").fill("Official statement");
  const snapshotText = "Official statement: the report is not true.";
  await form.getByText("Add your snapshot of the page (optional)").click();
  await form.getByLabel("Your snapshot of page 1").fill(snapshotText);
  await form.getByRole("button", { name: "Submit verdict" }).click();
  await expect(reviewer.page.getByTestId("claim-status")).toHaveAttribute("data-status", "awaiting_second_review");
  await expect(reviewer.page.getByTestId("own-verdict-note")).toBeVisible();
  const hash = createHash("sha256").update(snapshotText).digest("hex");
  await expect(reviewer.page.getByTestId("snapshot-hash")).toContainText(
    `reviewer's snapshot, SHA-256 ${hash.slice(0, 12)}`,
  );
  // Pasted text is the reviewer's snapshot, never a fetched archive.
  await expect(reviewer.page.getByTestId("archived-hash")).toHaveCount(0);
  await expect(reviewer.page.getByTestId("second-review-form")).toHaveCount(0);

  // The editor's page turned into the second review by itself; approving shows up for the reviewer live.
  const secondReview = editor.page.getByTestId("second-review-form");
  await expect(secondReview).toContainText(E2E_USERS.reviewer.displayName);
  // The approver sees the pasted text, labelled as the reviewer's own copy.
  const snapshot = secondReview.getByTestId("reviewer-snapshot");
  await expect(snapshot).toContainText(
    `Snapshot of https://www.gov.kz/ pasted by ${E2E_USERS.reviewer.displayName}: their copy, not fetched by Tekser`,
  );
  await expect(snapshot).toContainText(snapshotText);
  await secondReview.getByRole("button", { name: "Approve" }).click();
  await expect(editor.page.getByTestId("claim-status")).toHaveAttribute("data-status", "decided");
  await expect(reviewer.page.getByTestId("claim-status")).toHaveAttribute("data-status", "decided");
  await expect(reviewer.page.getByTestId("claim-verdict")).toContainText("Fake");

  // The decision shows up in the team's metrics.
  await editor.page.goto("/metrics");
  await expect(editor.page.getByTestId("chart-throughput")).toContainText(E2E_USERS.reviewer.displayName);
  await expect(editor.page.getByTestId("chart-throughput")).toContainText(E2E_USERS.editor.displayName);
  await expect(editor.page.getByTestId("median-verdict")).not.toContainText("—");
  await expect(editor.page.getByTestId("chart-ingested").locator(".recharts-bar-rectangle").first()).toBeVisible();

  await reviewer.context.close();
  await editor.context.close();
});
