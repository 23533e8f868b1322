import { expect, test, type Browser } from "@playwright/test";
import { LocalSmtpServer } from "../../packages/api/test/local-smtp-server.ts";
import { ingestDemoPages } from "../support/claims.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

const smtp = new LocalSmtpServer();
test.beforeAll(async () => smtp.start());
test.afterAll(async () => smtp.stop());

async function signedInPage(browser: Browser, role: keyof typeof E2E_USERS) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, role);
  return { context, page };
}

test("[NOTIFICATIONS][E2E]: once the editor has verified their address from the mailed link, a mention in a comment rings the editor's bell live and reaches their inbox at the local SMTP server", async ({
  browser,
}) => {
  // The admin sets up the desk's SMTP server (the local one); the password is write-only.
  const admin = await signedInPage(browser, "admin");
  await admin.page.goto("/settings");
  const mail = admin.page.getByTestId("mail-settings");
  await mail.getByLabel("SMTP server").fill("127.0.0.1");
  await mail.getByLabel("Port", { exact: true }).fill(String(smtp.port));
  await mail.getByLabel("Login").fill(smtp.username);
  await mail.getByLabel("Password", { exact: true }).fill(smtp.password);
  await mail.getByLabel("Sender address").fill("tekser@desk.example.kz");
  await mail.getByRole("button", { name: "Save" }).click();
  await expect(mail.getByTestId("mail-status")).toHaveText("E-mail goes through 127.0.0.1.");
  await expect(mail.getByLabel("Password (set; type to replace)")).toHaveValue("");
  await admin.context.close();

  // The editor asks for mentions by e-mail, and starts with nothing unread.
  const editor = await signedInPage(browser, "editor");
  await editor.page.goto("/account");
  const prefs = editor.page.getByTestId("notification-preferences");
  await prefs.getByLabel("E-mail address").fill("nurlan@desk.example.kz");
  await prefs.getByLabel("I am mentioned in a comment: E-mail").check();
  await prefs.getByRole("button", { name: "Save choices" }).click();
  await expect(prefs.getByRole("status")).toHaveText("Saved.");
  const verification = prefs.getByTestId("email-verification");
  await expect(verification).toHaveAttribute("data-verified", "false");
  await expect(verification).toContainText("Not verified: no e-mail goes to this address");

  // The address is verified first: the link reaches the local SMTP server and is opened signed out.
  const [linkMail] = await smtp.waitFor(1);
  expect(linkMail?.to).toEqual(["nurlan@desk.example.kz"]);
  const link = new URL(/https?:\/\/\S+\/verify-email\?\S+/.exec(linkMail?.text ?? "")?.[0] ?? "http://missing/");
  const mailbox = await browser.newContext();
  const verifyPage = await mailbox.newPage();
  await verifyPage.goto(link.pathname + link.search);
  await verifyPage.getByRole("button", { name: "Verify this address" }).click();
  await expect(verifyPage.getByRole("status")).toHaveText(
    "Verified: nurlan@desk.example.kz now receives the notifications you chose.",
  );
  await verifyPage.reload();
  await verifyPage.getByRole("button", { name: "Verify this address" }).click();
  await expect(verifyPage.getByRole("alert")).toContainText("This link has already been used");
  await mailbox.close();
  await editor.page.reload();
  await expect(prefs.getByTestId("email-verification")).toHaveAttribute("data-verified", "true");
  const bell = editor.page.getByTestId("notification-bell");
  await bell.click();
  const panel = editor.page.getByTestId("notification-panel");
  const markAll = panel.getByRole("button", { name: "Mark all read" });
  if (await markAll.isEnabled()) await markAll.click();
  await expect(editor.page.getByTestId("notification-unread")).toHaveCount(0);
  await bell.click();

  // The reviewer mentions the editor on a claim.
  const reviewer = await signedInPage(browser, "reviewer");
  await ingestDemoPages(reviewer.page.request);
  await reviewer.page.goto("/?lang=ru&sort=title.asc");
  await reviewer.page.getByTestId("claim-row").first().getByRole("link").click();
  await expect(reviewer.page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  const claimPath = new URL(reviewer.page.url()).pathname;
  const comment = `@${E2E_USERS.editor.username} please check the akimat's statement`;
  await reviewer.page.getByRole("textbox", { name: "Comment" }).fill(comment);
  await reviewer.page.getByRole("button", { name: "Add comment" }).click();
  await expect(reviewer.page.getByTestId("comment").filter({ hasText: comment })).toBeVisible();

  // The editor's bell shows it without a reload; the notification leads to the claim and is then read.
  await expect(editor.page.getByTestId("notification-unread")).toHaveText("1");
  await bell.click();
  const notification = panel.getByTestId("notification").first();
  await expect(notification).toHaveAttribute("data-read", "false");
  await expect(notification).toContainText(`${E2E_USERS.reviewer.displayName} mentioned you on “`);
  await expect(notification).toContainText(comment);
  await notification.getByRole("link").click();
  await expect(editor.page).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(editor.page.getByTestId("notification-unread")).toHaveCount(0);

  // The e-mail reached the local SMTP server, in the editor's language (English), with the claim's link.
  const received = (await smtp.waitFor(2))[1];
  expect(received?.to).toEqual(["nurlan@desk.example.kz"]);
  expect(received?.from).toBe("tekser@desk.example.kz");
  expect(received?.subject).toContain(`Tekser: ${E2E_USERS.reviewer.displayName} mentioned you on “`);
  expect(received?.text).toContain(comment);
  expect(received?.text).toContain("Open: http");
  expect(received?.text).toContain(claimPath);

  await Promise.all([editor.context.close(), reviewer.context.close()]);
});
