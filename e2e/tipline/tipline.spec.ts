import { expect, test } from "@playwright/test";
import { FakeBotApi } from "../../packages/domain/test/fake-bot-api.ts";
import { approveAndPublish, pasteOnIngestPage, submitVerdictOnPage } from "../support/claims.ts";
import { logIn, logOut } from "../support/session.ts";

const TITLE = "В Караганде с 1 марта отменят льготный проезд для пенсионеров";
const PARAGRAPHS = [
  "В мессенджерах распространяется сообщение о том, что с 1 марта в Караганде пенсионеры лишатся права на льготный проезд в городских автобусах. Автор сообщения ссылается на решение городского маслихата.",
  "В акимате Караганды заявили, что такого решения не принималось. По данным отдела пассажирского транспорта, льготный проезд для пенсионеров сохраняется, а карты продолжают действовать в обычном режиме.",
  "В маслихате уточнили, что вопрос о льготах на последних сессиях не рассматривался.",
];
const ARTICLE = `<!doctype html><html lang="ru"><head><title>${TITLE}</title>
<link rel="canonical" href="https://tengrinews.kz/news/e2e-tipline-karaganda"><meta property="article:published_time" content="2026-03-10T09:00:00+05:00"></head>
<body><article><h1>${TITLE}</h1>${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join("")}</article></body></html>`;
// Typed with the label, as editors do: the notice keeps the headline alone and adds the label once.
const TYPED_HEADLINE = "ФЕЙК: льготный проезд для пенсионеров Караганды не отменяют";
const HEADLINE = "льготный проезд для пенсионеров Караганды не отменяют";
const CHAT = 880_001;

const bot = new FakeBotApi();
test.beforeAll(async () => bot.start());
test.afterAll(async () => bot.stop());

test("[TIPLINE][E2E]: a message to the bot becomes a tip on the right claim; when the claim's notice is published the sender receives it; updates can come by webhook", async ({
  page,
}) => {
  // The admin connects the bot: the token is write-only, the Bot API is the local server.
  await logIn(page, "admin");
  await page.goto("/settings");
  const settings = page.getByTestId("tipline-settings");
  await expect(settings.getByTestId("tipline-status")).toHaveText("No bot token: the tipline is off.");
  await settings.getByLabel("Bot token (from BotFather)").fill(bot.token);
  await settings.getByLabel("Bot API address").fill(bot.url);
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings.getByTestId("tipline-status")).toHaveText("A bot token is set; the bot is reading messages.");
  await expect(settings.getByLabel("Bot token (from BotFather)")).toHaveValue("");
  await logOut(page);

  // The desk has the article; a reader sends the bot a copy of it.
  await logIn(page, "reviewer");
  await pasteOnIngestPage(page, "karaganda-lgoty.html", ARTICLE);
  bot.privateMessage({ id: CHAT, language_code: "kk" }, { text: `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}` });
  // Acknowledged in the language of the message (Russian), not the app's (Kazakh).
  await expect
    .poll(() => bot.sentTo(CHAT), { timeout: 30_000 })
    .toEqual([expect.stringContaining("Спасибо, сообщение получено")]);

  // The tip is on the article's claim, marked as a tip.
  await page.goto("/");
  await page.getByLabel("Search titles").fill("льготный проезд");
  await page.getByTestId("claim-row").filter({ hasText: TITLE }).getByRole("link").click();
  await expect(page.locator(".kind-tag.kind-tip")).toHaveText("tip from the public");
  await expect(page.locator(".kind-tag.kind-article")).toHaveCount(1);

  await submitVerdictOnPage(page, {
    label: "Fake",
    rationale: "Акимат Караганды опроверг: льготы сохраняются.",
    evidenceUrl: "https://www.gov.kz/memleket/entities/karaganda",
    evidenceNote: "Заявление акимата",
  });
  const claimUrl = page.url();
  await logOut(page);

  await logIn(page, "editor");
  const noticeHref = await approveAndPublish(page, claimUrl, {
    lang: "ru",
    headline: TYPED_HEADLINE,
    summary: "Акимат Караганды заявил, что льготный проезд для пенсионеров сохраняется.",
  });
  const noticeId = noticeHref.split("/notices/")[1] ?? "";
  expect(noticeId).not.toBe("");

  // The sender receives the verdict label, the headline and the link.
  await expect.poll(() => bot.sentTo(CHAT).length, { timeout: 30_000 }).toBe(2);
  const answer = bot.sentTo(CHAT)[1] ?? "";
  expect(answer).toContain(`Фейк: ${HEADLINE}`);
  expect(answer).toContain(`/notices/${noticeId}`);

  // The claim page shows the tip and that its sender heard back.
  await page.goto(claimUrl);
  await expect(page.getByTestId("claim-tip").getByTestId("tip-answer")).toContainText("sender answered");

  // The public notice never shows the tip.
  await page.goto(noticeHref);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HEADLINE);
  await expect(page.locator("body")).not.toContainText("tipline");
  await page.context().clearCookies();

  // An admin erases the sender's contact data; the tip stays on the claim.
  await logIn(page, "admin");
  await page.goto(claimUrl);
  await page.getByTestId("claim-tip").getByRole("button", { name: "Erase sender's contact data" }).click();
  await expect(page.getByTestId("claim-tip")).toContainText("sender's contact data erased");

  // The admin switches to webhook delivery: the Bot API now posts updates to Tekser, and back.
  await page.goto("/settings");
  const delivery = page.getByTestId("tipline-settings").getByLabel("Updates");
  await delivery.selectOption("webhook");
  await expect(delivery).toHaveValue("webhook");
  await expect.poll(() => bot.webhook?.url).toMatch(/\/tipline\/telegram-webhook$/);
  expect(
    await bot.postToWebhook(
      { id: CHAT + 1, language_code: "ru" },
      { text: "Правда ли, что в Темиртау на неделю отключат отопление?" },
    ),
  ).toBe(200);
  expect(bot.sentTo(CHAT + 1)).toEqual([expect.stringContaining("Спасибо, сообщение получено")]);
  await delivery.selectOption("polling");
  await expect(delivery).toHaveValue("polling");
  expect(bot.webhook).toBeNull();

  // Disconnect the bot so the servers stop polling a server this spec is about to close.
  await page.getByTestId("tipline-settings").getByRole("button", { name: "Remove the token" }).click();
  await expect(page.getByTestId("tipline-status")).toHaveText("No bot token: the tipline is off.");
});
