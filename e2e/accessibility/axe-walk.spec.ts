import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_PORT } from "../playwright.config.ts";
import { faintFocusStops } from "../support/focus.ts";
import { ingestIntoClaim, publishThroughApi } from "../support/published-notice.ts";
import { logIn, preferEnglish } from "../support/session.ts";
import { E2E_NEWCOMER, E2E_PASSWORD } from "../support/users.ts";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const BLOCKING = new Set(["serious", "critical"]);
/** The walk runs at the desktop size of the config and again on an iPhone-sized screen, where the header and the queue's filters fold. */
const PHONE = { width: 390, height: 844 };
const SIZES = [
  { name: "desktop", viewport: null },
  { name: "390×844", viewport: PHONE },
] as const;

/** A published claim (notice pages, the notice list) and an undecided one (the verdict form). */
interface Seeded {
  publishedClaim: string;
  openClaim: string;
  noticePath: string;
}

const TITLE = "Алматыда метро бағасы екі есе қымбаттайды деген хабар тарады";
const newsPage = (title: string, slug: string, body: string) =>
  `<!doctype html><html lang="kk"><head><title>${title}</title><link rel="canonical" href="https://tengrinews.kz/news/${slug}">` +
  `<meta property="article:published_time" content="2026-03-19T08:00:00+05:00"></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

async function seed(browser: Browser): Promise<Seeded> {
  const reviewer = await (await browser.newContext({ baseURL: ORIGIN })).newPage();
  const editor = await (await browser.newContext({ baseURL: ORIGIN })).newPage();
  try {
    await logIn(reviewer, "reviewer");
    await logIn(editor, "editor");
    const published = await publishThroughApi(reviewer.request, editor.request, {
      page: {
        name: "axe-metro.html",
        content: newsPage(
          TITLE,
          "axe-almaty-metro-fare",
          "Әлеуметтік желілерде Алматы метросында жол ақысы сәуірден бастап екі есе қымбаттайды деген хабар тарады. Қала әкімдігі мұны жоққа шығарды.",
        ),
      },
      verdict: "fake",
      rationale: "Әкімдік тарифтің өзгермейтінін растады.",
      evidence: [{ url: "https://evidence.invalid/almaty/metro-tariff", note: "Әкімдіктің жауабы" }],
      notice: {
        lang: "kk",
        headline: "Алматы метросының бағасы қымбаттамайды",
        summary: "Әкімдік жол ақысы өзгермейтінін айтты.",
      },
    });
    const open = await ingestIntoClaim(reviewer.request, {
      name: "axe-open.html",
      content: newsPage(
        "Шымкентте жаңа саябақ ашылады деген хабар тексерілуде",
        "axe-shymkent-park",
        "Шымкент әкімдігі қала орталығында жаңа саябақ ашылатынын хабарлады; құрылыс мерзімі әлі белгісіз.",
      ),
    });
    const openClaim = `/claims/${open.id}`;
    return { publishedClaim: published.claimPath, openClaim, noticePath: published.noticePath };
  } finally {
    await reviewer.context().close();
    await editor.context().close();
  }
}

/** The serious and critical violations on the page as it is now, one line each. */
async function blockingViolations(target: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: target }).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${screen}: ${violation.id} (${violation.impact ?? ""}) at ${node.target.join(" ")} — ${violation.help}`,
      ),
    );
}

/** Opens a dashboard screen and waits until its content, not the loading line, is shown. */
async function openScreen(target: Page, path: string): Promise<void> {
  await target.goto(path);
  await expect(target.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(target.locator(".loading")).toHaveCount(0);
}

// Axe reads every node of a screen and each role walks a dozen screens: minutes, not seconds, on
// a busy shared machine.
test.describe.configure({ timeout: 240_000 });

let seeded: Seeded;
test.beforeAll(async ({ browser }) => {
  seeded = await seed(browser);
});

for (const { name: size, viewport } of SIZES)
  for (const role of ["reviewer", "editor", "auditor", "admin"] as const) {
    test(`[WEB][A11Y]: at ${size}, every screen a${role === "reviewer" ? "" : "n"} ${role} can open has no serious or critical axe violation, and keyboard focus shows`, async ({
      page,
    }) => {
      if (viewport) await page.setViewportSize(viewport);
      await logIn(page, role);
      // The screens this role may open are the ones its sidebar links to, plus claims and (for the
      // decision log's readers) a claim's timeline.
      const navigation = await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("listitem")
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      const screens = [...navigation, seeded.publishedClaim, seeded.openClaim];
      if (role === "auditor" || role === "admin") screens.push(`/audit${seeded.publishedClaim}`);
      const found: string[] = [];
      // Keyboard: the header and the sidebar, from the top of the page.
      found.push(...(await faintFocusStops(page, 20)).map((stop) => `${role} header: focus not visible on ${stop}`));
      for (const path of screens) {
        await openScreen(page, path);
        found.push(...(await blockingViolations(page, `${role} ${path}`)));
        // The screen's own controls: Tab on from its heading (a click there sets where Tab starts).
        await page.getByRole("heading", { level: 1 }).first().click();
        found.push(...(await faintFocusStops(page, 12)).map((stop) => `${role} ${path}: focus not visible on ${stop}`));
      }
      if (viewport) found.push(...(await foldedParts(page, `${role} ${size}`)));
      // The header's notification list, open.
      await page.getByTestId("notification-bell").click();
      await expect(page.getByTestId("notification-panel")).toBeVisible();
      found.push(...(await blockingViolations(page, `${role} notifications`)));
      expect(found, found.join("\n")).toEqual([]);
    });
  }

/** On a phone: the header's menu and the queue's filters, opened, each with focus shown on its first control. */
async function foldedParts(page: Page, who: string): Promise<string[]> {
  const found: string[] = [];
  await openScreen(page, "/");
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  found.push(...(await blockingViolations(page, `${who} open menu`)));
  await menu.click();
  const filters = page.locator(".filters-toggle");
  await filters.click();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  found.push(...(await blockingViolations(page, `${who} open queue filters`)));
  await filters.focus();
  found.push(
    ...(await faintFocusStops(page, 6)).map((stop) => `${who} open queue filters: focus not visible on ${stop}`),
  );
  return found;
}

for (const { name: size, viewport } of SIZES)
  test(`[WEB][A11Y]: at ${size}, the login, first-login and public pages have no serious or critical axe violation`, async ({
    page,
  }) => {
    if (viewport) await page.setViewportSize(viewport);
    const found: string[] = [];
    await preferEnglish(page);
    await page.goto("/login");
    await expect(page.getByLabel("Username")).toBeVisible();
    found.push(...(await blockingViolations(page, "/login")));
    for (const path of [
      seeded.noticePath,
      "/archive?ui=kk",
      "/archive?ui=ru",
      "/archive?ui=en",
      "/corrections",
      "/submit",
      `/embed${seeded.noticePath}`,
    ]) {
      await page.goto(path);
      found.push(...(await blockingViolations(page, path)));
    }
    // An account whose password was set for it lands on the change-password form.
    await page.goto("/login");
    await page.getByLabel("Username").fill(E2E_NEWCOMER.username);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByTestId("current-user")).toContainText(E2E_NEWCOMER.displayName);
    found.push(...(await blockingViolations(page, "first login (change password)")));
    expect(found, found.join("\n")).toEqual([]);
  });
