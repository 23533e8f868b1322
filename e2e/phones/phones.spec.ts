import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PORT } from "../playwright.config.ts";
import { displayOf, frameFit, pageWidths } from "../support/layout.ts";
import { publishThroughApi } from "../support/published-notice.ts";
import { logIn } from "../support/session.ts";

// An iPhone-sized screen: 390 CSS pixels wide.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

// Long unbroken strings a phone must wrap: a source URL, an evidence URL and long words.
const LONG_PATH =
  "2026/03/18/akimat-zhana-kopir-salynatynyn-rastamady-barlyq-malimetter-zhalgan-bolyp-shyqty-sondyqtan-tekserildi";
const TITLE = "Павлодарда Ертіс арқылы жаңа көпір салынады деген хабар тексерілді";
const PAGE =
  `<!doctype html><html lang="kk"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/${LONG_PATH}"><meta property="article:published_time" content="2026-03-18T09:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1><p>Әлеуметтік желілерде Павлодарда Ертіс өзені арқылы үшінші көпір биыл салынады деген хабар тарады. ` +
  `Облыс әкімдігі мұндай шешім қабылданбағанын айтты. Мекенжай: https://pavlodar.gov.kz/${LONG_PATH}</p></article></body></html>`;
const EVIDENCE_URL = `https://evidence.invalid/pavlodar/${LONG_PATH}?source=akimat&document=zhauap-hat-nomer-2026-03-18`;

/** The README's embed snippet, so the height the spec checks is the one newsrooms are told to use. */
function documentedEmbedSnippet(): string {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const snippet = /<iframe src="[^"]*\/embed\/notices\/<id>"[\s\S]*?<\/iframe>/.exec(readme)?.[0];
  if (!snippet) throw new Error("README.md has no embed <iframe> snippet");
  return snippet;
}

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const widths = await pageWidths(page);
  expect(
    widths.scroll,
    `${screen} scrolls sideways at ${PHONE.width} px; too wide: ${widths.tooWide.join(", ")}`,
  ).toBeLessThanOrEqual(widths.inner);
}

test("[WEB][PHONE]: at 390×844 no screen scrolls sideways; the queue is cards, the claim page one column, the header a menu, public pages wrap long URLs and the embed card fits its documented height", async ({
  page,
  browser,
}) => {
  const editorContext = await browser.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    const editor = await editorContext.newPage();
    await logIn(editor, "editor");
    await logIn(page, "reviewer");
    const { claimPath, noticePath } = await publishThroughApi(page.request, editor.request, {
      page: { name: "pavlodar-bridge.html", content: PAGE },
      verdict: "fake",
      rationale: `Облыс әкімдігінің жауабы: ${EVIDENCE_URL}`,
      evidence: [{ url: EVIDENCE_URL, note: "Әкімдіктің жауап хаты" }],
      notice: {
        lang: "kk",
        headline: "Павлодарда үшінші көпір биыл салынбайды",
        summary: `Әкімдік хабарды жоққа шығарды. Толығырақ: ${EVIDENCE_URL}`,
      },
    });
    await editor.request.post("/trpc/auth.logout", { headers: { origin: `http://127.0.0.1:${E2E_PORT}` } });

    // The header: the screens and the account sit behind one button that opens and closes.
    await page.goto("/");
    const menuButton = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: "Logout" })).toBeHidden();
    await menuButton.click();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Metrics" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Logout" })).toBeVisible();
    await expectNoSidewaysScroll(page, "the open menu");
    await page.keyboard.press("Escape");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(menuButton).toBeFocused();
    // Following a link closes the menu on the new screen.
    await menuButton.click();
    await nav.getByRole("link", { name: "Metrics" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Metrics" })).toBeVisible();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await menuButton.click();
    await menuButton.click();
    await expect(nav).toBeHidden();

    // The queue: each row a card as wide as the screen allows, its header a bar of sort buttons.
    await page.goto("/");
    const rows = page.getByTestId("claim-row");
    await expect(rows.first()).toBeVisible();
    await expectNoSidewaysScroll(page, "the queue");
    const table = page.locator(".queue-scroll table");
    expect(await displayOf(table.locator("thead tr")), "the header is no longer a table row").not.toBe("table-row");
    expect(await displayOf(rows.first()), "a row is a card, not a table row").not.toBe("table-row");
    const card = (await rows.first().boundingBox()) ?? { width: Infinity };
    const title = (await rows.first().locator("td.col-title").boundingBox()) ?? { width: 0 };
    expect(card.width).toBeLessThanOrEqual(PHONE.width);
    expect(title.width, "the title takes the card's width").toBeGreaterThan(card.width * 0.6);
    const headers = await table.locator("thead th").count();
    expect(await table.locator("thead th:visible").count(), "headers that cannot sort are not shown").toBeLessThan(
      headers,
    );
    await expect(page.getByRole("button", { name: /^Claim/ })).toBeVisible();
    await expect(rows.first().locator("td[data-label]").first()).toBeVisible();

    // The claim page: one column, the work panels below the items.
    await page.goto(claimPath);
    await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "published");
    await expectNoSidewaysScroll(page, "the claim page");
    const main = (await page.locator(".claim-main").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const side = (await page.locator(".claim-side").boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    expect(side.y).toBeGreaterThanOrEqual(main.y + main.height);
    expect(Math.abs(side.x - main.x)).toBeLessThan(2);

    // The other staff screens, as an admin (who may open all of them).
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Logout" }).click();
    await logIn(page, "admin");
    for (const path of [
      "/audit",
      "/metrics",
      "/sources",
      "/settings",
      "/ingest",
      "/search",
      "/accounts",
      "/newsrooms",
      "/deliveries",
      "/account",
      claimPath,
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expect(page.locator(".loading")).toHaveCount(0);
      await expectNoSidewaysScroll(page, path);
    }

    // Public pages: long URLs and the signing key wrap instead of widening the page.
    for (const path of [noticePath, "/archive?ui=kk", "/corrections", "/submit"]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, path);
    }
    await page.goto(noticePath);
    await expect(page.locator(".evidence a").first()).toContainText(EVIDENCE_URL);
    const evidenceLink = (await page.locator(".evidence a").first().boundingBox()) ?? { x: 0, width: Infinity };
    expect(evidenceLink.x + evidenceLink.width).toBeLessThanOrEqual(PHONE.width);

    // The embed card, in the iframe newsrooms are told to use, on a phone article's column.
    const snippet = documentedEmbedSnippet().replace(
      /src="[^"]*"/,
      `src="http://127.0.0.1:${E2E_PORT}/embed/${noticePath.slice(1)}"`,
    );
    await page.setContent(
      `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:0 16px">${snippet}</body>`,
    );
    await expect(page.frameLocator("iframe").locator(".card")).toBeVisible();
    const frame = page.frames().find((candidate) => candidate.url().includes("/embed/notices/"));
    if (!frame) throw new Error("the embed iframe did not load");
    const fit = await frameFit(frame);
    expect(fit.contentHeight, "the card fits the documented iframe height").toBeLessThanOrEqual(fit.height);
    expect(fit.contentWidth, "the card fits the phone's column").toBeLessThanOrEqual(fit.width);
  } finally {
    await editorContext.close();
  }
});

test("[WEB][PHONE][FILTERS]: at 390×844 the queue's filters fold behind a button that counts them, open and close from the keyboard, and nothing scrolls sideways with them open", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await page.goto("/?status=new,in_review&lang=kk");
  const toggle = page.getByRole("button", { name: "Filters (3 in use)" });
  const search = page.getByLabel("Search");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(search).toBeHidden();
  await expectNoSidewaysScroll(page, "the queue with its filters folded");

  // Reached with Tab from the page's heading, opened with Enter, closed with Space.
  await page.getByRole("heading", { level: 1 }).click();
  for (let presses = 0; presses < 20 && !(await toggle.evaluate((element) => element.matches(":focus"))); presses++)
    await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(search).toBeVisible();
  await expect(page.locator("#filter-lang")).toHaveValue("kk");
  await expectNoSidewaysScroll(page, "the queue with its filters open");

  // A filter chosen on the phone is counted on the button.
  await page.locator("#filter-verdict").selectOption("fake");
  await expect(page.getByRole("button", { name: "Filters (4 in use)" })).toBeVisible();
  await page.getByRole("button", { name: "Filters (4 in use)" }).focus();
  await page.keyboard.press("Space");
  await expect(search).toBeHidden();
});
