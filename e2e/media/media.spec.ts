import { expect, test, type Page } from "@playwright/test";
import { renderPhoto, renderScreenshot, repostedCopy, serveFiles } from "@tekser/domain/test/media-images.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn } from "../support/session.ts";

const run = Date.now().toString(36).slice(-5);
const FAKE_TEXT =
  "Шымкентте ертең сағат 12-де су құбыры толық жабылады деген хабар тарап жатыр. Қалалық су арнасы мекемесі бұл ақпараттың жалған екенін, жоспарлы жөндеу жұмыстары болмайтынын хабарлады.";

/** One JSON Feed item from `site`, as a news site or a social account would publish it. */
const feedItem = (site: string, text: string, image: string) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: site,
    home_page_url: `https://${site}/`,
    language: "kk",
    items: [
      {
        id: "1",
        url: `https://${site}/post-${run}`,
        content_text: text,
        date_published: "2026-12-01T10:00:00+05:00",
        image,
      },
    ],
  });

async function ingest(page: Page, name: string, content: string) {
  const response = await page.request.post("/trpc/ingest.paste", {
    data: { name, content },
    headers: SAME_ORIGIN_HEADERS,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

test("[MEDIA][OCR][PHASH]: a screenshot of a fake's text joins the fake's claim, a resized photo is the same image, shown in kk, ru and en", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const photo = await renderPhoto(7);
  const images = await serveFiles({
    "/photo.jpg": { body: photo, type: "image/jpeg" },
    "/photo-small.jpg": { body: await repostedCopy(photo, { width: 400, quality: 55 }), type: "image/jpeg" },
    "/screenshot.png": { body: await renderScreenshot(FAKE_TEXT), type: "image/png" },
  });
  try {
    await logIn(page, "reviewer");
    await ingest(page, "fake.json", feedItem(`news-${run}.kz`, FAKE_TEXT, `${images.base}/photo.jpg`));
    await ingest(
      page,
      "screenshot.json",
      feedItem(`screens-${run}.kz`, "Мынаны қараңыздар, рас па екен?", `${images.base}/screenshot.png`),
    );
    await ingest(
      page,
      "repost.json",
      feedItem(`reposts-${run}.kz`, "Бүгінгі суреттер топтамасы, бір сурет бар.", `${images.base}/photo-small.jpg`),
    );

    await page.goto(`/?q=${encodeURIComponent("Шымкентте ертең су құбыры")}`);
    await page
      .getByTestId("claim-row")
      .filter({ hasText: `news-${run}.kz` })
      .getByRole("link")
      .first()
      .click();

    // Images arrive in the background; the panel looks again until none is pending.
    const media = page.getByTestId("claim-media");
    const imageOf = (site: string) =>
      media.getByTestId("claim-image").filter({ has: page.getByTestId("image-site").getByText(site, { exact: true }) });
    const own = imageOf(`news-${run}.kz`);
    await expect(own.getByRole("img")).toBeVisible({ timeout: 60_000 });
    expect(
      await own.getByRole("img").evaluate((img) => (img as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);
    await expect(own).toContainText(`${images.base}/photo.jpg`);

    // The screenshot and the repost are other items' images, read and matched in the background
    // after this one: they show on a later load of the page.
    const screenshot = imageOf(`screens-${run}.kz`);
    await expect(async () => {
      await page.reload();
      await expect(screenshot.getByTestId("image-text-joined")).toHaveText("The text in this image joined this claim", {
        timeout: 2_000,
      });
      await expect(own.getByTestId("same-image")).toContainText(`reposts-${run}.kz`, { timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    // The screenshot's own words were too few to place it: its image's text brought it to this claim.
    await expect(
      page
        .getByTestId("claim-item")
        .filter({ hasText: `screens-${run}.kz` })
        .first(),
    ).toBeVisible();
    await screenshot.getByText("Text in the image").click();
    await expect(screenshot.getByTestId("image-ocr-text")).toContainText("су құбыры");

    await page.getByTestId("language-switcher").selectOption("kk");
    await expect(screenshot.getByTestId("image-text-joined")).toHaveText("Осы суреттегі мәтін осы мәлімдемеге қосылды");
    await expect(own.getByTestId("same-image")).toContainText("Осы сурет мына жерлерде де кездесті:");
    await page.getByTestId("language-switcher").selectOption("ru");
    await expect(screenshot.getByTestId("image-text-joined")).toHaveText(
      "Текст с этого изображения присоединён к этому утверждению",
    );
    await expect(own.getByTestId("same-image")).toContainText("То же изображение встречается в:");
    await page.getByTestId("language-switcher").selectOption("en");

    // The queue shows the claim's first image beside its title.
    await page.goto(`/?q=${encodeURIComponent("Шымкентте ертең су құбыры")}`);
    await expect(
      page
        .getByTestId("claim-row")
        .filter({ hasText: `news-${run}.kz` })
        .getByTestId("queue-thumb"),
    ).toBeVisible();
  } finally {
    await images.close();
  }
});
