import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { sweepPendingMedia } from "@tekser/domain/media/media-job.ts";
import { ocrAvailability } from "@tekser/domain/media/tesseract.ts";
import { BLOCK_PRIVATE_URLS } from "@tekser/domain/shared/outbound/url-guard.ts";
import { renderPhoto, renderScreenshot, repostedCopy, serveFiles } from "@tekser/domain/test/media-images.ts";

const ALLOW_LOCAL = { allowPrivateUrls: true };
const FAKE_TEXT =
  "Алматыда 15 желтоқсанда 9 балдық жер сілкінісі болады деген хабар әлеуметтік желілерде тарап жатыр. Сейсмологтар мұндай болжам жасау мүмкін емес екенін айтты, ал Төтенше жағдайлар министрлігі бұл ақпаратты жалған деп атады.";

const feed = (site: string, items: { id: string; text: string; image?: string }[]): IngestInput => ({
  name: `${site}.json`,
  bytes: new TextEncoder().encode(
    JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: site,
      home_page_url: `https://${site}/`,
      language: "kk",
      items: items.map((item) => ({
        id: item.id,
        url: `https://${site}/${item.id}`,
        content_text: item.text,
        date_published: "2026-12-01T10:00:00+05:00",
        ...(item.image ? { image: item.image } : {}),
      })),
    }),
  ),
});

describe("media: images of items fetched, stored, read and matched", () => {
  const database = useTestDatabase();
  let server: Awaited<ReturnType<typeof serveFiles>>;
  let photo: Buffer;

  beforeAll(async () => {
    const ocr = await ocrAvailability();
    if (!ocr.available) throw new Error(`These tests read text in images: ${ocr.reason}`);
    photo = await renderPhoto(1);
    server = await serveFiles({
      "/photo.jpg": { body: photo, type: "image/jpeg" },
      "/photo-small.jpg": {
        body: await repostedCopy(photo, { width: 360, quality: 55, cropPercent: 2 }),
        type: "image/jpeg",
      },
      "/other.jpg": { body: await renderPhoto(2), type: "image/jpeg" },
      "/screenshot.png": { body: await renderScreenshot(FAKE_TEXT), type: "image/png" },
      "/page.png": { body: "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", type: "image/png" },
    });
  });
  afterAll(async () => server.close());

  it("stores an item's image by SHA-256 with its URL and fetch time, reads a screenshot's text into the fake's claim, finds a resized copy, and moves image-only items to the claim their image shows", async () => {
    const { db } = database;
    await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [feed("news.kz", [{ id: "fake", text: FAKE_TEXT, image: `${server.base}/photo.jpg` }])],
      {},
    );
    const fake = await db.item.findFirstOrThrow({ where: { site: "news.kz" }, select: { id: true, claimId: true } });
    await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [
        feed("social.kz", [
          { id: "screenshot", text: "Мынаны қараңыздар, рас па екен?", image: `${server.base}/screenshot.png` },
          {
            id: "repost",
            text: "Бүгінгі ауа райы туралы қысқа жазба, суреті бар.",
            image: `${server.base}/photo-small.jpg`,
          },
          {
            id: "unrelated",
            text: "Футбол клубы жаңа жаттықтырушы тағайындады деп хабарлады.",
            image: `${server.base}/other.jpg`,
          },
          {
            id: "long",
            text: "Қаладағы көктемгі жәрмеңке туралы толық мақала: сенбі күні алаңда жүзден астам шаруа қожалығы өнімдерін сатады, баға бекітілген, көлік қозғалысы өзгереді.",
            image: `${server.base}/photo-small.jpg`,
          },
        ]),
      ],
      {},
    );
    const claimId = fake.claimId ?? "";
    const { caller } = await loggedIn(db, "reviewer");
    const before = await caller.media.forClaim({ claimId });
    expect(before.images.map((image) => image.state)).toEqual(["pending"]);

    await sweepPendingMedia(db, ALLOW_LOCAL);

    const { images } = await caller.media.forClaim({ claimId });
    const own = images.find((image) => image.itemId === fake.id);
    expect(own).toMatchObject({ url: `${server.base}/photo.jpg`, state: "stored", width: 800, height: 600 });
    expect(own?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(own?.fetchedAt).not.toBeNull();
    const stored = await db.mediaImage.findUniqueOrThrow({
      where: { sha256: own?.sha256 ?? "" },
      select: { byteSize: true },
    });
    expect(stored.byteSize).toBe(photo.byteLength);

    // The text read in the screenshot joined the fake's claim as an item of its own.
    const screenshotItem = await db.item.findFirstOrThrow({
      where: { url: "https://social.kz/screenshot", parentItemId: null },
      select: { id: true },
    });
    const screenshot = images.find((image) => image.itemId === screenshotItem.id);
    expect(screenshot?.ocrState).toBe("done");
    expect(screenshot?.ocrText).toContain("жер сілкінісі");
    expect(screenshot?.textClaimId).toBe(claimId);
    const textItem = await db.item.findUniqueOrThrow({
      where: { id: screenshot?.textItemId ?? "" },
      select: { parentItemId: true, claimId: true, searchText: true },
    });
    expect(textItem).toMatchObject({ parentItemId: screenshotItem.id, claimId });
    expect(
      await db.auditEvent.count({ where: { action: "media.text_read", subjectId: screenshot?.textItemId ?? "" } }),
    ).toBe(1);

    // A resized, recompressed, slightly cropped copy is the same picture; a different photo is not.
    const repost = await db.item.findFirstOrThrow({ where: { url: "https://social.kz/repost" }, select: { id: true } });
    const unrelated = await db.item.findFirstOrThrow({
      where: { url: "https://social.kz/unrelated" },
      select: { id: true },
    });
    const seenIn = own?.sameImageSeenIn.map((sighting) => sighting.itemId) ?? [];
    expect(seenIn).toContain(repost.id);
    expect(seenIn).not.toContain(unrelated.id);

    // The image is evidence for clustering: an item with too few words of its own, alone in the
    // claim it started, joins the claim its image's text or its picture belongs to; an item whose
    // own long text placed it, or whose picture is another, stays where it is.
    const placed = async (url: string) =>
      (await db.item.findFirstOrThrow({ where: { url, parentItemId: null }, select: { claimId: true } })).claimId;
    expect(await placed("https://social.kz/screenshot")).toBe(claimId);
    expect(await placed("https://social.kz/repost")).toBe(claimId);
    expect(await placed("https://social.kz/unrelated")).not.toBe(claimId);
    expect(await placed("https://social.kz/long")).not.toBe(claimId);
    const merges = await db.auditEvent.findMany({
      where: { action: "claim.merge", subjectId: claimId },
      select: { reason: true },
    });
    expect(merges.map((merge) => merge.reason).sort()).toEqual([
      "Media: the same image as one of this claim's items",
      "Media: the text in its image is this claim's",
    ]);
  });

  it("refuses what is not a raster image, and private addresses unless allowed, with the reason kept", async () => {
    const { db } = database;
    await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [
        feed("bad.kz", [
          {
            id: "svg",
            text: "Суретте жасырын скрипт бар деген жазба, тексеру үшін.",
            image: `${server.base}/page.png`,
          },
        ]),
      ],
      {},
    );
    await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [
        feed("guarded.kz", [
          {
            id: "local",
            text: "Жергілікті мекенжайдағы сурет туралы тағы бір жазба.",
            image: `${server.base}/other.jpg`,
          },
        ]),
      ],
      {},
    );
    const hitsBefore = server.hits();
    await sweepPendingMedia(db, BLOCK_PRIVATE_URLS);
    const guarded = await db.itemMedia.findFirstOrThrow({
      where: { item: { site: "guarded.kz" } },
      select: { state: true, error: true, imageSha256: true },
    });
    expect(guarded.imageSha256).toBeNull();
    expect(guarded.error).toMatch(/loopback|private/i);
    expect(server.hits()).toBe(hitsBefore);

    const svg = await db.itemMedia.findFirstOrThrow({
      where: { item: { site: "bad.kz" } },
      select: { state: true, error: true },
    });
    await db.itemMedia.updateMany({ where: { item: { site: "bad.kz" } }, data: { state: "pending", attempts: 0 } });
    await sweepPendingMedia(db, ALLOW_LOCAL);
    const refused = await db.itemMedia.findFirstOrThrow({
      where: { item: { site: "bad.kz" } },
      select: { state: true, error: true, imageSha256: true },
    });
    expect(svg.error).toMatch(/loopback|private/i);
    expect(refused).toMatchObject({ state: "failed", imageSha256: null });
    expect(refused.error).toContain("not a PNG, JPEG, WebP or GIF");
  });
});
