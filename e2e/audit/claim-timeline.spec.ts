import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { logIn, logOut } from "../support/session.ts";

// A demo page other specs do not ingest, so this claim is this spec's own.
const page05 = fileURLToPath(
  new URL("../../prisma/seed-data/pages/05-qyzylsha-ekpesi-qauesetter.txt", import.meta.url),
);
const TITLE = "Қызылшаға қарсы екпеден бас тартқандар көбейді";

test("[AUDIT][TIMELINE][E2E]: an auditor follows a claim's History link to its timeline from first ingest", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await page.goto("/ingest");
  await page.getByLabel("File").setInputFiles(page05);
  await page.getByRole("button", { name: "Ingest" }).click();
  await expect(page.getByTestId("ingest-report").getByTestId("ingest-rejected")).toContainText("0");
  await logOut(page);

  await logIn(page, "auditor");
  await page.goto("/");
  await page.getByLabel("Search titles").fill("Қызылшаға қарсы");
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").first().click();
  await page.getByTestId("claim-history-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  const first = page.getByTestId("timeline-entry").first();
  await expect(first).toContainText("ingest.document");
  await expect(first).toContainText("claims");
});
