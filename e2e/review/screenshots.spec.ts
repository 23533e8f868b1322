import { expect, test } from "@playwright/test";
import { ingestDemoPages } from "../support/claims.ts";
import { logIn } from "../support/session.ts";

/** What the queue heading says in each language: proof the whole page switched, not just a label. */
const QUEUE_TITLE = { kk: "Мәлімдемелер кезегі", ru: "Очередь утверждений", en: "Claim queue" } as const;
const BACK_LINK = { kk: "← Кезек", ru: "← Очередь", en: "← Queue" } as const;

test("[REVIEW][I18N]: the queue and a claim page in Kazakh, Russian and English, saved as screenshots", async ({
  page,
}, testInfo) => {
  // Kept as files under e2e/test-results/<group>/<test>/ and attached to the HTML report.
  const saveScreenshot = async (name: string) => {
    const path = testInfo.outputPath(`${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(name, { path, contentType: "image/png" });
  };
  await logIn(page, "reviewer");
  await ingestDemoPages(page.request);
  try {
    for (const locale of ["kk", "ru", "en"] as const) {
      await page.goto("/?sort=firstSeenAt.desc");
      await page.getByTestId("language-switcher").selectOption(locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUEUE_TITLE[locale]);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // The choice is saved on the account: a reload keeps it.
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUEUE_TITLE[locale]);
      await saveScreenshot(`queue-${locale}`);

      await page.getByTestId("claim-row").first().getByRole("link").click();
      await expect(page.getByRole("link", { name: BACK_LINK[locale] })).toBeVisible();
      await expect(page.getByTestId("work-panel")).toBeVisible();
      await saveScreenshot(`claim-${locale}`);
    }
  } finally {
    // Other specs read English labels from this account.
    await page.getByTestId("language-switcher").selectOption("en");
  }
});
