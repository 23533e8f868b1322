import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { pasteOnIngestPage } from "../support/claims.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn, logOut } from "../support/session.ts";

// This run's own word, so the queue's text filter finds exactly this spec's two claims.
const RUN = `тегтеу${randomBytes(3).toString("hex")}`;
const TAG = `Сайлау ${RUN}`;

function articlePage(slug: string, title: string, body: string): string {
  return `<!doctype html><html lang="kk"><head><title>${title}</title>
<link rel="canonical" href="https://qazaq24.com/news/${slug}"><meta property="article:published_time" content="${new Date().toISOString()}"></head>
<body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}
const CLAIMS = [
  {
    slug: `${RUN}-aktau`,
    title: `Ақтауда теңіз деңгейі бір метрге көтеріледі ${RUN}`,
    body: "Каспий теңізінің деңгейі келесі жазда бір метрге көтеріліп, жағалаудағы үйлерді су басады деген хабар әлеуметтік желілерде тарады.",
  },
  {
    slug: `${RUN}-oral`,
    title: `Орал қаласында жерасты метросы салынады ${RUN}`,
    body: "Облыс әкімдігі Орал қаласында үш бекеттен тұратын метро желісін салуға қаражат бөлінгенін хабарлады деген ақпарат пайда болды.",
  },
];

/** The checklist back to empty, so the other specs' verdicts need no ticks (run even when this spec fails). */
async function clearChecklist(page: Page): Promise<void> {
  const response = await page.request.post("/trpc/review.saveChecklist", {
    data: { items: [] },
    headers: SAME_ORIGIN_HEADERS,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

test("[REVIEW][TAGS][CHECKLIST]: admin defines a tag and a checklist; reviewer tags in bulk, filters, ticks the checklist; the second reviewer sees the ticks; metrics count by tag", async ({
  page,
  browser,
}) => {
  // Admin: one tag, and a checklist with one required item and one optional.
  await logIn(page, "admin");
  await page.getByRole("link", { name: "Team settings" }).click();
  const tags = page.getByTestId("team-tags");
  await tags.getByLabel("Tag name").fill(TAG);
  await tags.getByRole("button", { name: "Add tag" }).click();
  await expect(tags.getByTestId("tag-chip").filter({ hasText: TAG })).toBeVisible();
  const checklist = page.getByTestId("review-checklist");
  await checklist.getByRole("button", { name: "Add item" }).click();
  await checklist.getByLabel("Checklist item 1").fill("Source contacted");
  await checklist.getByRole("button", { name: "Add item" }).click();
  await checklist.getByLabel("Checklist item 2").fill("Image reverse-searched");
  await checklist.getByRole("checkbox", { name: "required" }).nth(1).uncheck();
  await checklist.getByRole("button", { name: "Save checklist" }).click();
  await expect(checklist.getByRole("status")).toHaveText("Checklist saved.");
  await logOut(page);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await logIn(adminPage, "admin");
  try {
    // Reviewer: two claims of this run, tagged together from the queue's bulk bar.
    await logIn(page, "reviewer");
    for (const claim of CLAIMS)
      await pasteOnIngestPage(page, `${claim.slug}.html`, articlePage(claim.slug, claim.title, claim.body));
    await page.goto(`/?q=${encodeURIComponent(RUN)}`);
    const rows = page.getByTestId("claim-row");
    await expect(rows).toHaveCount(2);
    for (const select of await page.getByTestId("row-select").all()) await select.check();
    await page.getByTestId("bulk-bar").getByLabel("Add tag").selectOption({ label: TAG });
    await expect(rows.getByTestId("tag-chip").filter({ hasText: TAG })).toHaveCount(2);

    // The queue filters by the tag on the server: only this run's claims carry it.
    await page.goto("/");
    await page.getByLabel("Tag", { exact: true }).selectOption({ label: TAG });
    await expect(page).toHaveURL(/tags=[0-9a-f-]{36}/);
    await expect(page.getByTestId("claim-count")).toHaveText("2 claims");
    await expect(rows).toHaveCount(2);

    // One claim: the tag comes off and back on from the claim page.
    await rows.filter({ hasText: CLAIMS[0]!.title }).getByRole("link").click();
    const claimTags = page.getByTestId("claim-tags");
    await expect(claimTags.getByTestId("tag-chip")).toHaveText(TAG);
    // The box shows the stored tags, so it flips once the server has the change.
    await claimTags.getByLabel(TAG).click();
    await expect(claimTags.getByText("No tags yet.")).toBeVisible();
    await expect(claimTags.getByLabel(TAG)).not.toBeChecked();
    await claimTags.getByLabel(TAG).click();
    await expect(claimTags.getByTestId("tag-chip")).toHaveText(TAG);
    const claimUrl = page.url();

    // The verdict form lists the checklist; without the required tick it points at the item.
    const verdictForm = page.getByTestId("verdict-form");
    const items = verdictForm.getByTestId("verdict-checklist");
    await expect(items).toContainText("Source contacted");
    await expect(items).toContainText("Image reverse-searched");
    await verdictForm.getByLabel("Fake").check();
    await verdictForm
      .getByLabel("Rationale")
      .fill("The akimat's site has no such decision; the level has been falling for years.");
    await verdictForm.getByLabel("Evidence URL 1").fill("https://www.gov.kz/memleket/entities/kazhydromet");
    await verdictForm.getByLabel("Evidence note 1").fill("Kazhydromet sea level bulletin");
    await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
    await expect(items.getByRole("alert")).toHaveText(
      "Tick every required checklist item before submitting the verdict.",
    );
    await expect(items.getByLabel("Source contacted")).toHaveAttribute("aria-invalid", "true");

    // The admin makes a second item required while the form is open: the server refuses the
    // verdict that lacks it and the form says which item, in the user's language.
    const saved = await adminPage.request.get("/trpc/review.checklist");
    const current = ((await saved.json()) as { result: { data: { id: string; text: string; required: boolean }[] } })
      .result.data;
    const changed = await adminPage.request.post("/trpc/review.saveChecklist", {
      data: { items: current.map((item) => ({ ...item, required: true })) },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(changed.ok(), await changed.text()).toBe(true);
    await items.getByLabel("Source contacted").check();
    await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
    await expect(items.getByRole("alert")).toHaveText(
      "Tick the required checklist items before submitting the verdict: “Image reverse-searched”.",
    );
    await expect(items.getByLabel("Image reverse-searched")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", /^(new|in_review)$/);

    await items.getByLabel("Image reverse-searched").check();
    await verdictForm.getByRole("button", { name: "Submit verdict" }).click();
    await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "awaiting_second_review");
    await logOut(page);

    // The second reviewer sees the ticks as the author gave them, then approves.
    await logIn(page, "editor");
    await page.goto(claimUrl);
    const second = page.getByTestId("second-review-form");
    const ticks = second.getByTestId("checklist-ticks");
    await expect(ticks.locator("li[data-ticked=true]")).toHaveText([/Source contacted/, /Image reverse-searched/]);
    await second.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "decided");
    await expect(page.getByTestId("review-entry").first().getByTestId("checklist-ticks")).toContainText(
      "Source contacted",
    );

    // Metrics: this run's tag with its two claims, one judged fake, one not decided.
    await page.getByRole("link", { name: "Metrics" }).click();
    const tagRow = page.getByTestId("metrics-by-tag").getByTestId("tag-metrics-row").filter({ hasText: TAG });
    await expect(tagRow.locator("td")).toHaveText(["2", "0", "1", "0", "0", "1"]);
  } finally {
    await clearChecklist(adminPage);
    await adminContext.close();
  }
});
