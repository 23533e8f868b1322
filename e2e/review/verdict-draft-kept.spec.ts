import { expect, test } from "@playwright/test";
import { ingestDemoPages } from "../support/claims.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

test("[REVIEW][DRAFT]: a verdict being written survives the claim starting work under the reviewer (a colleague takes it), live", async ({
  page,
  browser,
}) => {
  await logIn(page, "reviewer");
  await ingestDemoPages(page.request);
  await page.goto("/?lang=kk&status=new&sort=title.desc");
  await page.getByTestId("claim-row").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  const claimId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "new");

  const form = page.getByTestId("verdict-form");
  await form.getByLabel("Misleading").check();
  await form.getByLabel("Rationale").fill("Draft: the figures come from last year's report.");

  // A colleague takes the claim: it moves from new to in review while the reviewer is writing.
  const editorContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const editor = await editorContext.newPage();
  await logIn(editor, "editor");
  const assigned = await editor.request.post("/trpc/workflow.assignToMe", {
    data: { claimId },
    headers: SAME_ORIGIN_HEADERS,
  });
  expect(assigned.ok(), await assigned.text()).toBe(true);
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "in_review");
  await expect(page.getByTestId("work-assignee")).toContainText(E2E_USERS.editor.displayName);

  await expect(form.getByLabel("Rationale")).toHaveValue("Draft: the figures come from last year's report.");
  await expect(form.getByLabel("Misleading")).toBeChecked();
  await editorContext.close();
});
