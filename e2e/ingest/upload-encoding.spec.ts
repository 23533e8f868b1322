import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";

const CP1251_CSV = fileURLToPath(
  new URL("../../packages/ingest/fixtures/formats/monitoring-export-windows-1251.csv", import.meta.url),
);

test("[INGEST][UPLOAD]: a windows-1251 CSV uploaded from the dashboard keeps its Cyrillic, under a CSP the page never violates", async ({
  page,
}) => {
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
  await logIn(page, "reviewer");
  await page.goto("/ingest");
  await page.getByLabel("File").setInputFiles(CP1251_CSV);
  await expect(page.getByTestId("ingest-file-note")).toContainText("monitoring-export-windows-1251.csv");
  await expect(page.getByLabel("Text to ingest")).toBeDisabled();
  await page.getByRole("button", { name: "Ingest" }).click();

  const report = page.getByTestId("ingest-report");
  await expect(report.getByTestId("ingest-accepted")).toHaveText("2");
  await expect(report.getByTestId("ingest-rejected")).toHaveText("0");
  await expect(report.getByTestId("ingest-item").filter({ hasText: "Новости Караганды" })).toHaveCount(1);
  await expect(report.getByTestId("ingest-item").filter({ hasText: "Шымкент сегодня" })).toHaveCount(1);

  await page.goto("/?q=Караганде");
  await expect(page.getByTestId("claim-row").first()).toContainText("В Караганде выпал снег");
  expect(cspViolations).toEqual([]);
});
