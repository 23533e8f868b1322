import { expect, test } from "@playwright/test";

test("[AUTH][THROTTLE][E2E]: repeated wrong passwords get a throttled answer that says, in the chosen language, when to retry", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
    storage.setItem("tekser.locale", "ru");
  });
  await page.goto("/login");
  // A username no spec logs in with, so the lock it earns troubles nobody else.
  await page.getByLabel("Имя пользователя").fill(`nobody-${Date.now()}`);
  const alert = page.getByRole("alert");
  let throttled = false;
  for (let attempt = 1; attempt <= 12 && !throttled; attempt++) {
    await page.getByLabel("Пароль").fill(`guess ${attempt}`);
    const answer = page.waitForResponse((response) => response.url().includes("/trpc/auth.login"));
    await page.getByRole("button", { name: "Войти" }).click();
    const status = (await answer).status();
    if (attempt <= 5) {
      expect(status).toBe(401);
      await expect(alert).toHaveText("Неверное имя пользователя или пароль");
    }
    throttled = status === 429;
  }
  expect(throttled).toBe(true);
  await expect(alert).toHaveText(
    /^Слишком много неудачных попыток входа в эту учётную запись или с этого адреса\. Повторите через \d+ с\.$/,
  );
});
