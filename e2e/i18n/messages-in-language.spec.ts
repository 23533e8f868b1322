import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { createDb } from "@tekser/db";
import { createUser } from "@tekser/domain";
import { E2E_PORT } from "../playwright.config.ts";
import { E2E_DATABASE_URL_FILE } from "../support/database.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { E2E_PASSWORD } from "../support/users.ts";

/** What each refusal must read in each language: the dashboard's wording, not the server's English. */
const EXPECTED = {
  kk: {
    tooShort: "Кемінде 12 таңба қолданыңыз",
    tooWeak: "Бұл құпиясөзді табу тым оңай. Бір-біріне қатысы жоқ сөздерден құралған ұзынырақ тіркес алыңыз.",
    cutJson: "JSON дұрыс емес: файл соңына дейін жетпей үзілген сияқты.",
    cutJsonAt: "1-жол",
    reversedRange: "Кезеңнің басы соңынан кейін тұр",
    tagTaken: "«{name}» деген тег бар.",
  },
  ru: {
    tooShort: "Используйте не менее 12 символов",
    tooWeak: "Этот пароль слишком легко угадать. Используйте более длинную фразу из не связанных между собой слов.",
    cutJson: "Некорректный JSON: файл, похоже, оборван.",
    cutJsonAt: "строка 1",
    reversedRange: "Начало периода позже его конца",
    tagTaken: "Тег «{name}» уже есть.",
  },
} as const;

/** A run of two or more Latin-alphabet words: English prose that slipped through. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}\b(?:[\s,.:;()]+[A-Za-z]{2,}\b)+/;

async function expectWorded(locator: Locator, text: string): Promise<void> {
  await expect(locator).toContainText(text);
  expect(await locator.innerText()).not.toMatch(ENGLISH_RUN);
}

const database = () => createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));

/** An account of its own (the shared e2e accounts keep English), in `locale`. */
async function newAccount(locale: "kk" | "ru", role: "admin" | "reviewer"): Promise<string> {
  const db = database();
  const username = `i18n-${role}-${locale}-${Date.now().toString(36)}`;
  try {
    await createUser(db, { username, displayName: `Тіл ${locale}`, role, password: E2E_PASSWORD, locale });
  } finally {
    await db.$disconnect();
  }
  return username;
}

/** A tRPC mutation over HTTP as the signed-in user of `request`; its JSON result. */
async function mutate(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<{ result: { data: Record<string, unknown> } }> {
  const response = await request.post(`/trpc/${path}`, { data: input, headers: SAME_ORIGIN_HEADERS });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { result: { data: Record<string, unknown> } };
}

/** An admin of its own, signed in under `locale`. */
async function signInAs(page: Page, locale: "kk" | "ru"): Promise<string> {
  const username = await newAccount(locale, "admin");
  await page.addInitScript((chosen) => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      "tekser.locale",
      chosen,
    );
  }, locale);
  await page.goto("/login");
  await page.locator("#login-username").fill(username);
  await page.locator("#login-password").fill(E2E_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  return username;
}

for (const locale of ["kk", "ru"] as const) {
  test(`[I18N][MESSAGES][E2E]: under ${locale}, validation, domain and ingest refusals read in ${locale}`, async ({
    page,
  }) => {
    const expected = EXPECTED[locale];
    await signInAs(page, locale);

    // A password too short (checked in the browser with the contract's schema) and one too easy (refused by the server).
    await page.goto("/account");
    const choose = async (password: string) => {
      await page.locator("#pw-currentPassword").fill(E2E_PASSWORD);
      await page.locator("#pw-newPassword").fill(password);
      await page.locator("#pw-confirm").fill(password);
      await page.locator("#pw-confirm").press("Enter");
    };
    await choose("short");
    await expectWorded(page.locator("#pw-newPassword-error"), expected.tooShort);
    await choose("qwertyuiop123");
    await expectWorded(page.locator(".error-box"), expected.tooWeak);

    // A JSON export cut short: the report words the refusal and where it is.
    await page.goto("/ingest");
    await page.locator("#ingest-file").setInputFiles({
      name: "cut.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"messages": [{"text": "Үкімет'),
    });
    await page.locator("form button[type=submit]").click();
    const refusal = page.getByTestId("ingest-error");
    await expect(refusal).toHaveCount(1);
    await expectWorded(refusal.locator("td").nth(2), expected.cutJson);
    await expect(refusal.locator("td").nth(1)).toContainText(expected.cutJsonAt);

    // A metrics range that ends before it starts.
    await page.goto("/metrics?from=2026-03-10&to=2026-03-01");
    await expectWorded(page.getByRole("alert").first(), expected.reversedRange);

    // A second tag with a name the team already uses.
    const name = `сайлау-${locale}-${Date.now().toString(36)}`;
    await page.goto("/settings");
    const tags = page.getByTestId("team-tags");
    for (let attempt = 0; attempt < 2; attempt++) {
      await tags.locator("input:not([type=color])").first().fill(name);
      await tags.locator("button[type=submit]").click();
      if (attempt === 0) await expect(tags.getByText(name)).toBeVisible();
    }
    const taken = tags.getByRole("alert");
    await expect(taken).toContainText(expected.tagTaken.replace("{name}", name));
    expect((await taken.innerText()).replace(name, "")).not.toMatch(ENGLISH_RUN);
  });
}

test("[I18N][MESSAGES][E2E]: under kk, a correction without a change note is refused in Kazakh", async ({
  page,
  browser,
}) => {
  // A published notice to correct: a reviewer's verdict, approved and published by the kk admin.
  const db = database();
  const { id: claimId } = await db.claim.create({
    data: { title: `Түзету ${Date.now().toString(36)}`, lang: "kk", firstSeenAt: new Date() },
    select: { id: true },
  });
  await db.$disconnect();
  const reviewer = await browser.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    await mutate(reviewer.request, "auth.login", {
      username: await newAccount("kk", "reviewer"),
      password: E2E_PASSWORD,
    });
    const verdict = await mutate(reviewer.request, "review.setVerdict", {
      claimId,
      revision: 0,
      verdict: "fake",
      rationale: "Министрлік бұл хабарды жоққа шығарды.",
      evidence: [{ url: "https://www.gov.kz/memleket/entities/energo", note: "" }],
    });
    await signInAs(page, "kk");
    await mutate(page.request, "review.approve", { reviewId: verdict.result.data.reviewId });
    await mutate(page.request, "notice.publish", {
      claimId,
      lang: "kk",
      headline: "ЖАЛҒАН: хабар расталмады",
      summary: "Министрлік хабарды жоққа шығарды.",
    });
  } finally {
    await reviewer.close();
  }

  await page.goto(`/claims/${claimId}`);
  await page.getByTestId("notice-link").first().locator("button").first().click();
  const correction = page.getByTestId("correction-form");
  await correction.locator("input").first().fill("ЖАЛҒАН: хабар әлі расталмады");
  await correction.locator("button[type=submit]").click();
  await expectWorded(correction, "Не өзгергенін және неге екенін жазыңыз: түзетуге өзгеріс туралы жазба керек");
});
