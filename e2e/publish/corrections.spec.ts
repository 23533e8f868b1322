import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { logIn, logOut } from "../support/session.ts";
import { approveAndPublish, submitVerdictOnPage } from "../support/claims.ts";

const page03 = fileURLToPath(
  new URL("../../prisma/seed-data/pages/03-zhana-zhylu-elektr-ortalyqtary.txt", import.meta.url),
);
const TITLE = "Көкшетау, Семей және Өскеменде жаңа жылу электр орталықтары салынады";
const HEADLINE = "РАСТАЛДЫ: үш қалада жаңа ЖЭО салынады";
const CHANGE_NOTE = "Қалалар тізімі нақтыланды";

test("[PUBLISH][E2E]: an editor corrects a published notice with a change note; an admin issues a newsroom token that pulls the correction", async ({
  page,
}) => {
  // A reviewer ingests a page and tags its claim verified; an editor approves and publishes.
  await logIn(page, "reviewer");
  await page.goto("/ingest");
  await page.getByLabel("File").setInputFiles(page03);
  await page.getByRole("button", { name: "Ingest" }).click();
  await expect(page.getByTestId("ingest-report").getByTestId("ingest-rejected")).toContainText("0");
  await page.goto("/");
  await page.getByLabel("Search titles").fill("жаңа жылу электр");
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await submitVerdictOnPage(page, {
    label: "Verified",
    rationale: "Энергетика министрлігі үш ЖЭО құрылысын растады.",
    evidenceUrl: "https://www.gov.kz/memleket/entities/energo",
    evidenceNote: "Министрлік хабарламасы",
  });
  const claimUrl = page.url();
  await logOut(page);

  await logIn(page, "editor");
  const noticeHref = await approveAndPublish(page, claimUrl, {
    lang: "kk",
    headline: HEADLINE,
    summary: "Көкшетау, Семей және Өскеменде жаңа ЖЭО салынатыны расталды.",
  });
  // The audit trail is for auditors and admins: an editor gets no History link.
  await expect(page.getByTestId("notice-history-link")).toHaveCount(0);

  // The correction needs a change note, then becomes version 2.
  await page.getByTestId("notice-link").first().getByRole("button", { name: "Correct or retract" }).click();
  const correction = page.getByTestId("correction-form");
  await correction.getByLabel("Headline").fill(`${HEADLINE} (2028 жылға дейін)`);
  await correction.getByRole("button", { name: "Publish correction" }).click();
  await expect(correction).toContainText("a correction needs a change note");
  await correction.getByLabel("Change note (shown publicly)").fill(CHANGE_NOTE);
  await correction.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByTestId("correction-form")).toContainText("version 2");
  await logOut(page);

  // An auditor goes from the notice to its claim's timeline, which holds the publication and the correction.
  await logIn(page, "auditor");
  await page.goto(claimUrl);
  await page.getByTestId("notice-link").first().getByTestId("notice-history-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "notice.publish" })).toHaveCount(1);
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "notice.correct" })).toHaveCount(1);
  await logOut(page);

  // The public page shows the corrected headline, its history and the signature.
  await page.goto(noticeHref);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(2028 жылға дейін)");
  await expect(page.locator("#history")).toContainText(CHANGE_NOTE);
  await expect(page.locator("script#tekser-signed-notice")).toHaveCount(1);
  await page.goto("/corrections");
  await expect(page.locator("ol.corrections")).toContainText(CHANGE_NOTE);

  // An admin issues a newsroom token (shown once); the pull API returns the correction with it.
  await logIn(page, "admin");
  await page.getByRole("link", { name: "Newsrooms" }).click();
  await page.getByTestId("issue-token-form").getByLabel("Newsroom").fill("Qazaq Daily");
  await page.getByTestId("issue-token-form").getByRole("button", { name: "Issue token" }).click();
  const token = (await page.getByTestId("issued-token").textContent()) ?? "";
  expect(token).toMatch(/^tks_/);
  await expect(page.getByTestId("token-row").filter({ hasText: "Qazaq Daily" })).toContainText("active");
  const pulled = (await (
    await page.request.get("/api/v1/notices", { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    changes: { event: string; document: { changeNote: string | null } }[];
  };
  expect(pulled.changes.find((change) => change.event === "notice.corrected")?.document.changeNote).toBe(CHANGE_NOTE);
});
