import { readdirSync, readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { SAME_ORIGIN_HEADERS } from "./same-origin.ts";

const DEMO_PAGES = new URL("../../prisma/seed-data/pages/", import.meta.url);

/**
 * Ingests the demo news pages (kk and ru) through the dashboard's own tRPC endpoint, as the
 * logged-in user; a second call finds them all duplicates, so specs may call it in any order.
 */
export async function ingestDemoPages(request: APIRequestContext): Promise<void> {
  for (const file of readdirSync(DEMO_PAGES).filter((name) => name.endsWith(".txt"))) {
    const content = readFileSync(new URL(file, DEMO_PAGES), "utf8");
    const response = await request.post("/trpc/ingest.paste", {
      data: { name: file, content },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(response.ok(), await response.text()).toBe(true);
  }
}

/** Pastes one document into the dashboard's ingest page and waits for it to be accepted. */
export async function pasteOnIngestPage(page: Page, name: string, content: string): Promise<void> {
  await page.goto("/ingest");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Text to ingest").fill(content);
  await page.getByRole("button", { name: "Ingest" }).click();
  await expect(page.getByTestId("ingest-report").getByTestId("ingest-accepted")).toContainText("1");
}

/** On an open claim page, the reviewer's verdict with a rationale and one piece of evidence; waits for the second review. */
export async function submitVerdictOnPage(
  page: Page,
  verdict: { label: string; rationale: string; evidenceUrl: string; evidenceNote: string },
): Promise<void> {
  const verdictForm = page.getByTestId("verdict-form");
  await verdictForm.getByLabel(verdict.label).check();
  await verdictForm.getByLabel("Rationale").fill(verdict.rationale);
  await verdictForm.getByLabel("Evidence URL 1").fill(verdict.evidenceUrl);
  await verdictForm.getByLabel("Evidence note 1").fill(verdict.evidenceNote);
  await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "awaiting_second_review");
}

/** As a signed-in editor: approves the claim's verdict and publishes one notice; returns the notice's path. */
export async function approveAndPublish(
  page: Page,
  claimUrl: string,
  notice: { lang: string; headline: string; summary: string },
): Promise<string> {
  await page.goto(claimUrl);
  await page.getByTestId("second-review-form").getByRole("button", { name: "Approve" }).click();
  const publishForm = page.getByTestId("publish-form");
  await publishForm.getByLabel("Language").selectOption(notice.lang);
  await publishForm.getByLabel("Headline").fill(notice.headline);
  await publishForm.getByLabel("Summary").fill(notice.summary);
  await publishForm.getByRole("button", { name: "Publish notice" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "published");
  return (await page.getByTestId("notice-link").first().getByRole("link").first().getAttribute("href")) ?? "";
}
