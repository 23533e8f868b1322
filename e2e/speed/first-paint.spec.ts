import { expect, test, type Page, type Response } from "@playwright/test";
import { logIn } from "../support/session.ts";

/** Every script the page downloads from this origin, in the order they arrive. */
function recordScripts(page: Page): Response[] {
  const scripts: Response[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) scripts.push(response);
  });
  return scripts;
}

/** The login page in English (the dashboard's default is Kazakh). */
async function startInEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem("tekser.locale", "en");
  });
}

const fileName = (response: Response) => new URL(response.url()).pathname.split("/").pop() ?? "";
const DICTIONARY_CHUNK = /^(en|kk|ru)-[\w-]+\.js$/;

test("[SPEED][ASSETS]: hashed scripts arrive compressed and cached as immutable; the app shell is revalidated", async ({ page }) => {
  const scripts = recordScripts(page);
  await startInEnglish(page);
  const shell = await page.goto("/login");
  expect(shell?.headers()["cache-control"]).toBe("no-cache");
  await expect(page.getByLabel("Username")).toBeVisible();

  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(new URL(script.url()).pathname, "a script outside the hashed assets").toMatch(/^\/assets\//);
    const headers = script.headers();
    expect(headers["cache-control"], fileName(script)).toBe("public, max-age=31536000, immutable");
    // Tiny chunks go as they are; anything worth compressing is compressed.
    if (Number(headers["content-length"] ?? Infinity) > 1024) expect(["br", "gzip"], fileName(script)).toContain(headers["content-encoding"]);
  }
  expect(scripts.some((script) => ["br", "gzip"].includes(script.headers()["content-encoding"] ?? ""))).toBe(true);
});

test("[SPEED][I18N]: only the active language's dictionary is downloaded; another is fetched when chosen", async ({ page }) => {
  const scripts = recordScripts(page);
  await startInEnglish(page);
  await page.goto("/login");
  await expect(page.getByLabel("Username")).toBeVisible();
  const dictionaries = () => scripts.map(fileName).filter((name) => DICTIONARY_CHUNK.test(name)).map((name) => name.slice(0, 2));
  expect(dictionaries()).toEqual(["en"]);

  await page.getByTestId("language-switcher").selectOption("ru");
  await expect(page.getByLabel("Имя пользователя")).toBeVisible();
  expect(dictionaries()).toEqual(["en", "ru"]);
});

test("[SPEED][SPLIT]: the queue downloads no chart code; the metrics screen fetches it when opened", async ({ page }) => {
  const scripts = recordScripts(page);
  await logIn(page, "editor");
  await expect(page.getByTestId("claim-count")).toBeVisible();
  const bodies = async () => Promise.all(scripts.map(async (script) => ({ name: fileName(script), body: await script.text() })));
  // recharts' class names survive minification: a chunk that draws charts carries them.
  const chartChunks = async () => (await bodies()).filter((chunk) => chunk.body.includes("recharts-wrapper")).map((chunk) => chunk.name);
  expect(await chartChunks()).toEqual([]);

  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page.getByTestId("chart-ingested")).toBeVisible();
  expect((await chartChunks()).length).toBe(1);
});
