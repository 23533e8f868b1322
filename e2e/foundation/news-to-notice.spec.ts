import { expect, test } from "@playwright/test";
import { fixturePath } from "@tekser/fixtures";
import { logIn, logOut } from "../support/session.ts";

const seedPage = fixturePath("qazaq24-article-page.txt");
const TITLE = "Ақпараттық штаб жұмысын бастады";

test("[FOUNDATION][E2E]: a news page goes from ingest through four-eyes review to a published notice and the audit log", async ({
  page,
}) => {
  // 1. A reviewer ingests the Qazaq24 page from the dashboard.
  await logIn(page, "reviewer");
  await page.goto("/ingest");
  await page.getByLabel("File").setInputFiles(seedPage);
  await page.getByRole("button", { name: "Ingest" }).click();
  const report = page.getByTestId("ingest-report");
  await expect(report.getByTestId("ingest-accepted")).toContainText("21");
  await expect(report.getByTestId("ingest-rejected")).toContainText("0");
  const article = report.getByTestId("ingest-item").filter({ hasText: TITLE }).first();
  await expect(article).toContainText("aikyn.kz");
  await expect(article).toContainText("99");

  // 2. It is in the review queue, found with the server-side text filter.
  await page.goto("/");
  await page.getByLabel("Search titles").fill("Ақпараттық штаб");
  await expect(page.getByTestId("claim-count")).toContainText("1");
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("claim-item").first()).toContainText("qazaq24.com");

  // 3. The reviewer tags it verified; a rationale and evidence are required.
  const verdictForm = page.getByTestId("verdict-form");
  await verdictForm.getByLabel("Verified").check();
  await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
  await expect(verdictForm).toContainText("A verdict needs a rationale");
  await verdictForm
    .getByLabel("Rationale")
    .fill("The Public Communications Centre announced the headquarters at a briefing; aikyn.kz reported it first.");
  await verdictForm.getByLabel("Evidence URL 1").fill("https://aikyn.kz/");
  await verdictForm.getByLabel("Evidence note 1").fill("Original report");
  await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "awaiting_second_review");
  await expect(page.getByTestId("own-verdict-note")).toBeVisible();
  const claimUrl = page.url();
  await logOut(page);

  // 4. An editor approves (four eyes) and publishes the notice.
  await logIn(page, "editor");
  await page.goto(claimUrl);
  await page.getByTestId("second-review-form").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "decided");
  const publishForm = page.getByTestId("publish-form");
  // The form starts from the claim's title and the approved rationale, and says the label is added.
  await expect(publishForm.getByLabel("Headline")).toHaveValue(TITLE);
  await expect(publishForm.getByLabel("Summary")).toHaveValue(
    /Public Communications Centre announced the headquarters/,
  );
  await publishForm.getByLabel("Language").selectOption("kk");
  await expect(publishForm.getByTestId("publish-label-hint")).toContainText("Расталды");
  // A label typed anyway is not doubled on the page.
  await publishForm.getByLabel("Headline").fill("Расталды: Ақпараттық штаб шынымен құрылды");
  await publishForm.getByLabel("Summary").fill("Тәуелсіз байқаушылардың ақпараттық штабы туралы хабар расталды.");
  await publishForm.getByRole("button", { name: "Publish notice" }).click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "published");
  const noticeHref = await page.getByTestId("notice-link").first().getByRole("link").getAttribute("href");
  expect(noticeHref).toMatch(/^\/notices\/[0-9a-f-]{36}$/);

  // 5. The notice is public: RSS, JSON Feed and its page with ClaimReview JSON-LD.
  const rss = await page.request.get("/feed.xml");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain("Ақпараттық штаб шынымен құрылды");
  const jsonFeed = (await (await page.request.get("/feed.json")).json()) as { items: { id: string; title: string }[] };
  expect(jsonFeed.items.map((item) => item.id)).toContainEqual(expect.stringContaining(noticeHref ?? "missing"));
  await page.goto(noticeHref ?? "/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ақпараттық штаб шынымен құрылды");
  await expect(page).toHaveTitle(/^Расталды: Ақпараттық штаб шынымен құрылды/);
  const claimReview = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as Record<string, unknown>;
  expect(claimReview).toMatchObject({ "@type": "ClaimReview", claimReviewed: TITLE, inLanguage: "kk" });
  expect(claimReview.itemReviewed).toMatchObject({ "@type": "Claim" });
  await page.goto("/");
  await logOut(page);

  // 6. The auditor sees every step in the decision log.
  await logIn(page, "auditor");
  await page.goto("/audit");
  for (const action of ["ingest.run", "review.submit", "review.approve", "notice.publish"]) {
    await page.getByLabel("Action", { exact: true }).selectOption(action);
    await expect(page.getByTestId("audit-row").first()).toContainText(action);
  }
  // Each row says in words what happened and which fields changed, not raw JSON.
  await page.getByLabel("Action", { exact: true }).selectOption("review.approve");
  await expect(page.getByTestId("audit-row").first()).toContainText("Verdict approved");
  await expect(page.getByTestId("audit-row").first().locator(".field-changes")).toContainText(
    "status awaiting_second_review → decided",
  );
});
