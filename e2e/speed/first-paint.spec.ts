import { expect, test, type Page, type Response } from "@playwright/test";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

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
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      "tekser.locale",
      "en",
    );
  });
}

const fileName = (response: Response) => new URL(response.url()).pathname.split("/").pop() ?? "";
const DICTIONARY_CHUNK = /^(en|kk|ru)-[\w-]+\.js$/;
const QUEUE_CHUNK = /^queue-page-[\w-]+\.js$/;

/** The procedures a tRPC request names ("auth.me", "tag.list,claim.list"), or null for another request. */
function trpcProcedures(url: string): string | null {
  const { pathname } = new URL(url);
  return pathname.startsWith("/trpc/") ? pathname.slice("/trpc/".length) : null;
}

test("[SPEED][ASSETS]: hashed scripts arrive compressed and cached as immutable; the app shell is revalidated", async ({
  page,
}) => {
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
    if (Number(headers["content-length"] ?? Infinity) > 1024)
      expect(["br", "gzip"], fileName(script)).toContain(headers["content-encoding"]);
  }
  expect(scripts.some((script) => ["br", "gzip"].includes(script.headers()["content-encoding"] ?? ""))).toBe(true);
});

test("[SPEED][I18N]: only the active language's dictionary is downloaded; another is fetched when chosen", async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await startInEnglish(page);
  await page.goto("/login");
  await expect(page.getByLabel("Username")).toBeVisible();
  const dictionaries = () =>
    scripts
      .map(fileName)
      .filter((name) => DICTIONARY_CHUNK.test(name))
      .map((name) => name.slice(0, 2));
  expect(dictionaries()).toEqual(["en"]);

  await page.getByTestId("language-switcher").selectOption("ru");
  await expect(page.getByLabel("Имя пользователя")).toBeVisible();
  expect(dictionaries()).toEqual(["en", "ru"]);
});

test("[SPEED][SPLIT]: the queue downloads no chart code; the metrics screen fetches it when opened", async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await logIn(page, "editor");
  await expect(page.getByTestId("claim-count")).toBeVisible();
  const bodies = async () =>
    Promise.all(scripts.map(async (script) => ({ name: fileName(script), body: await script.text() })));
  // recharts' class names survive minification: a chunk that draws charts carries them.
  const chartChunks = async () =>
    (await bodies()).filter((chunk) => chunk.body.includes("recharts-wrapper")).map((chunk) => chunk.name);
  expect(await chartChunks()).toEqual([]);

  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page.getByTestId("chart-ingested")).toBeVisible();
  expect((await chartChunks()).length).toBe(1);
});

test("[SPEED][WATERFALL]: a cold load asks for the queue's rows before the user, the dictionary or the queue's code has arrived", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  await expect(page.getByTestId("claim-count")).toBeVisible();

  const procedures: string[] = [];
  let rowsAskedFor: () => void = () => undefined;
  const rowsRequested = new Promise<void>((resolve) => (rowsAskedFor = resolve));
  page.on("request", (request) => {
    const named = trpcProcedures(request.url());
    if (named === null) return;
    procedures.push(named);
    if (named.split(",").includes("claim.list")) rowsAskedFor();
  });
  // The reader's words and the queue's code are held back until the rows have been asked for: a
  // load that asked for the rows only after either arrived would never show them.
  let heldBack = 0;
  await page.route("**/assets/*.js", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    if (DICTIONARY_CHUNK.test(name) || QUEUE_CHUNK.test(name)) {
      heldBack++;
      await rowsRequested;
    }
    await route.continue();
  });

  // Routing turns the browser's cache off: every script is downloaded again, as on a cold load.
  await page.reload();
  await expect(
    page.getByTestId("claim-count"),
    "the queue's rows were asked for only after its words or code arrived",
  ).toBeVisible();
  expect(heldBack).toBe(2);
  const rowsAt = procedures.findIndex((named) => named.split(",").includes("claim.list"));
  const userAt = procedures.findIndex((named) => named.split(",").includes("auth.me"));
  expect(rowsAt, procedures.join(" | ")).toBe(0);
  // The user came with the page; were it asked for too, not before the rows.
  if (userAt !== -1) expect(userAt, procedures.join(" | ")).toBeGreaterThanOrEqual(rowsAt);
  await expect(page.getByTestId("current-user")).toContainText(E2E_USERS.reviewer.displayName);
});
