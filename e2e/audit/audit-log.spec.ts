import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

test("[AUDIT][E2E]: an auditor verifies the chain, signs a checkpoint, filters by role and exports the view", async ({
  page,
  request,
}) => {
  await logIn(page, "auditor");
  await page.goto("/audit");

  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(page.getByTestId("chain-result")).toContainText("Chain intact");

  await page.getByRole("button", { name: "Sign checkpoint now" }).click();
  await expect(page.getByTestId("latest-checkpoint")).toContainText("Latest signed checkpoint");
  const published = await request.get("/audit/checkpoints/latest.json");
  expect(published.ok()).toBe(true);
  expect(await published.json()).toMatchObject({ signature: { alg: "Ed25519" } });

  await page.getByLabel("Role").selectOption("auditor");
  await expect(page).toHaveURL(/role=auditor/);
  await expect(page.getByTestId("audit-row").first()).toContainText(E2E_USERS.auditor.username);
  // A retrying assertion: the unfiltered rows stay on screen until the filtered page arrives.
  await expect(page.getByTestId("audit-row").filter({ hasNotText: "auditor" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByTestId("export-jsonl").click();
  const lines = readFileSync(await (await download).path(), "utf8")
    .trim()
    .split("\n");
  expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
    format: "tekser-audit-export",
    complete: false,
    filters: { role: "auditor" },
  });
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(JSON.parse(line)).toMatchObject({ actorRole: "auditor" });

  // The export route itself refuses a request without an auditor session.
  expect((await request.get("/audit/export?format=csv", { headers: { cookie: "" } })).status()).toBe(401);
});
