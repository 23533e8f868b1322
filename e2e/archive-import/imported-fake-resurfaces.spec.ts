import { expect, test } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { logIn, logOut } from "../support/session.ts";

// Unique per run: the e2e database outlives one spec, and a re-import would find the check imported.
const RUN = Date.now().toString(36);
const CLAIM =
  "Қарағанды облысындағы барлық мектептер келесі аптадан бастап үш апта бойы қашықтан оқуға көшеді деп әкімдік хабарлады";
const ARCHIVE = {
  claims: [
    {
      text: CLAIM,
      claimReview: [
        {
          publisher: { name: "Factcheck.kz", site: "factcheck.kz" },
          url: `https://factcheck.kz/kz/karagandy-mektep-${RUN}/`,
          reviewDate: "2025-10-20T06:00:00Z",
          textualRating: "Жалған",
          languageCode: "kk",
        },
      ],
    },
    {
      text: "A claim whose label is nobody's",
      claimReview: [{ url: `https://example-check.org/odd-${RUN}`, textualRating: "Spicy" }],
    },
  ],
};

/** A Telegram Bot API `getUpdates` answer with one channel post, as a monitored channel delivers it. */
function channelRepost(text: string) {
  const messageId = Number.parseInt(RUN.slice(-5), 36);
  return {
    ok: true,
    result: [
      {
        update_id: messageId,
        channel_post: {
          message_id: messageId,
          chat: { id: -1001234567890, title: "Qaragandy Live", username: "qaragandy_live", type: "channel" },
          date: 1773459000,
          text,
        },
      },
    ],
  };
}

test("[IMPORT][RESURFACING]: an editor previews and imports a desk's archive, and an imported fake resurfaces when a copy is ingested", async ({
  page,
}) => {
  await logIn(page, "editor");
  await page.getByRole("link", { name: "Import archive" }).click();
  await page.getByLabel("File").setInputFiles({
    name: `archive-${RUN}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(ARCHIVE)),
  });
  await page.getByRole("button", { name: "Preview" }).click();

  const preview = page.getByTestId("archive-preview");
  await expect(preview.getByTestId("archive-preview-counts")).toHaveText(
    "1 fact-checks read, 0 of them imported before; 1 records cannot be imported.",
  );
  const record = preview.getByTestId("archive-preview-record");
  await expect(record).toHaveCount(1);
  await expect(record.getByTestId("archive-preview-label")).toHaveText("Жалған");
  await expect(record.getByTestId("archive-preview-verdict")).toHaveText("Fake");
  await expect(preview.getByTestId("archive-error")).toHaveText(
    `archive-${RUN}.json (claims[1].claimReview[0]): the label «Spicy» is not on the team's scale: add «Spicy=fake» (or another verdict) to the mapping`,
  );

  await preview.getByRole("button", { name: "Import" }).click();
  const report = page.getByTestId("archive-report");
  await expect(report.getByTestId("archive-report-counts")).toHaveText("Imported 1, already imported 0, rejected 1.");
  await report.getByTestId("archive-imported-claim").click();
  await expect(page.getByTestId("claim-status")).toHaveText("Decided");
  await expect(page.getByTestId("claim-verdict")).toHaveText("Fake");
  const imported = page.getByTestId("imported-notice");
  await expect(imported).toContainText("«Жалған» · Factcheck.kz");
  await expect(imported.getByRole("link", { name: "original" })).toHaveAttribute(
    "href",
    `https://factcheck.kz/kz/karagandy-mektep-${RUN}/`,
  );
  await expect(page.getByTestId("resurfaced-banner")).toHaveCount(0);
  const claimUrl = page.url();
  await logOut(page);

  // Weeks later a channel reposts the claim: ingest joins it to the imported claim and flags it.
  await logIn(page, "reviewer");
  await pasteOnIngestPage(
    page,
    `getUpdates-${RUN}.json`,
    JSON.stringify(channelRepost(`‼️ Назар аударыңыз! ${CLAIM}. Ата-аналарға жеткізіңіздер!`)),
  );
  await page.goto(claimUrl);
  await expect(page.getByTestId("resurfaced-banner")).toContainText(
    "Resurfaced: a new copy of a claim already judged “Fake”",
  );
  await expect(page.getByTestId("claim-verdict")).toHaveText("Fake");
});
