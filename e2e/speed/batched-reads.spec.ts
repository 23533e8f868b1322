import { expect, test, type Response } from "@playwright/test";
import { pasteOnIngestPage, submitVerdictOnPage } from "../support/claims.ts";
import { logIn, logOut } from "../support/session.ts";

// A claim of this spec's own, so the statuses it walks through are no other spec's business.
const TITLE = "Шымкентте жаңа трамвай желісі салынады";
const PAGE =
  `<!doctype html><html lang="kk"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/e2e-batched-reads"><meta property="article:published_time" content="2026-03-16T10:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1><p>Шымкент әкімдігі қалада алғашқы трамвай желісінің құрылысы келесі жылы басталатынын хабарлады. ` +
  `Жоба құны әлі жарияланған жоқ, желі орталықтан оңтүстік шағын аудандарға дейін созылады.</p></article></body></html>`;

/** The part of a batched tRPC GET that names its procedures ("claim.byId,claim.history,…"). */
function batchedProcedureList(response: Response): string | null {
  const url = new URL(response.url());
  if (!url.pathname.startsWith("/trpc/") || url.searchParams.get("batch") !== "1") return null;
  return url.pathname.slice("/trpc/".length);
}

test("[SPEED][BATCH]: after an approval the claim page refreshes through batched reads of any length, none refused", async ({
  page,
}) => {
  const refused: string[] = [];
  const longBatches: string[] = [];
  page.on("response", (response) => {
    const procedures = batchedProcedureList(response);
    if (procedures === null) return;
    if (!response.ok()) refused.push(`${response.status()} ${procedures}`);
    else if (procedures.length > 100) longBatches.push(procedures);
  });

  await logIn(page, "reviewer");
  await pasteOnIngestPage(page, "shymkent-tram.html", PAGE);
  await page.goto(`/?q=${encodeURIComponent("трамвай желісі")}`);
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await submitVerdictOnPage(page, {
    label: "Verified",
    rationale: "Шымкент әкімдігі трамвай желісінің құрылысын растады.",
    evidenceUrl: "https://www.gov.kz/memleket/entities/shymkent",
    evidenceNote: "Әкімдік хабарламасы",
  });
  const claimUrl = page.url();
  await logOut(page);

  await logIn(page, "editor");
  await page.goto(claimUrl);
  await page.getByTestId("second-review-form").getByRole("button", { name: "Approve" }).click();
  // The refreshed page: the new status and the publish form that only a decided claim offers.
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "decided");
  await expect(page.getByTestId("publish-form").getByRole("button", { name: "Publish notice" })).toBeEnabled();
  await expect(page.getByTestId("second-review-form")).toHaveCount(0);

  // The refresh went through batches longer than Fastify's default 100-character parameter, all answered.
  expect(refused).toEqual([]);
  expect(longBatches.length).toBeGreaterThan(0);
});
