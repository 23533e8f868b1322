import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ChangeHub, ingestInputs, SYSTEM_ACTOR } from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import { fixtureUrl } from "@tekser/fixtures";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHttpApp } from "./http-app.ts";

const database = useTestDatabase();
const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"));
const COPIED =
  "Аталған штаб саяси науқан қорытындысы жарияланғанға дейін елдегі дауыс беру барысы туралы сүзгіден өткен шынайы ақпаратты жедел таратуды қамтамасыз етеді. Сондай-ақ референдум күні YouTube желісіндегі Independ.kz арнасында штаб жұмысы тікелей эфирде көрсетіледі.";
/** The smallest valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

let app: FastifyInstance;
let base = "";

function form(fields: Record<string, string>, image?: { bytes: Buffer; type: string }): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (image) body.append("image", new Blob([image.bytes], { type: image.type }), "screenshot.png");
  return body;
}

const submit = (body: FormData) => fetch(`${base}/submit`, { method: "POST", body });

beforeAll(async () => {
  app = await buildHttpApp({
    db: database.db,
    site: {
      baseUrl: "http://tekser.test",
      organisationName: "Tekser",
      organisationUrl: "https://tekser.example.kz",
      timeZone: "Asia/Almaty",
    },
    publishing: { jobs: null },
    outbound: { allowPrivateUrls: false },
    changes: new ChangeHub(),
    webDistDir: "/nonexistent",
    logLevel: "silent",
  });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => app.close());

describe("[TIPLINE][SUBMIT] the public /submit form", () => {
  it("is served in kk, ru and en", async () => {
    for (const [lang, title] of [
      ["kk", "Тексеруге жіберу"],
      ["ru", "Отправить на проверку"],
      ["en", "Send us something to check"],
    ]) {
      const page = await fetch(`${base}/submit?lang=${lang}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(title);
    }
  });

  it("takes a tip on the tip path: it joins the claim it copies, keeps the contact for the desk and an image in the media store", async () => {
    const { db } = database;
    await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name: "qazaq24-article-page.txt", bytes: seedPage }]);
    const source = await db.item.findFirstOrThrow({
      where: { kind: "article", text: { contains: "Independ.kz" } },
      select: { claimId: true },
    });

    const sent = await submit(
      form({ lang: "ru", text: COPIED, link: "", contact: "aigul@example.kz" }, { bytes: PNG, type: "image/png" }),
    );
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Спасибо! Ваше сообщение получено редакцией.");
    const tip = await db.tip.findFirstOrThrow({
      where: { channel: "web" },
      select: {
        lang: true,
        contact: true,
        mediaRefs: true,
        sender: { select: { pseudonym: true, chatId: true } },
        item: { select: { kind: true, claimId: true } },
      },
    });
    expect(tip).toMatchObject({
      lang: "ru",
      contact: "aigul@example.kz",
      item: { kind: "tip", claimId: source.claimId },
      sender: { chatId: null },
    });
    const sha256 = createHash("sha256").update(PNG).digest("hex");
    expect(tip.mediaRefs).toEqual([`upload:sha256:${sha256}`]);
    // The image itself is kept at once, and queued for the media stage to read and match.
    expect(await db.mediaImage.findUnique({ where: { sha256 }, select: { contentType: true, width: true } })).toEqual({
      contentType: "image/png",
      width: 1,
    });
    expect(await db.itemMedia.count({ where: { url: `upload:sha256:${sha256}`, state: "pending" } })).toBe(1);
    // The client's address is known only through its HMAC.
    expect(tip.sender?.pseudonym).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an empty tip, a non-http link and a file that is not an image, whatever type it claims", async () => {
    const { db } = database;
    const before = await db.tip.count();
    expect((await submit(form({ lang: "en", text: "", link: "", contact: "" }))).status).toBe(400);
    expect((await submit(form({ lang: "en", text: "", link: "javascript:alert(1)", contact: "" }))).status).toBe(400);
    expect(
      (
        await submit(
          form(
            { lang: "en", text: "A doubtful post", link: "", contact: "" },
            { bytes: Buffer.from("MZ\u0090\u0000"), type: "application/x-msdownload" },
          ),
        )
      ).status,
    ).toBe(400);
    // Declared an image, but its bytes are a page with a script: not an image, refused.
    expect(
      (
        await submit(
          form(
            { lang: "en", text: "A doubtful post", link: "", contact: "" },
            { bytes: Buffer.from("<svg onload='alert(1)'/>"), type: "image/png" },
          ),
        )
      ).status,
    ).toBe(400);
    expect(await db.tip.count()).toBe(before);
  });

  it("limits tips per client", async () => {
    const { db } = database;
    const statuses: number[] = [];
    for (let n = 0; n < 20; n++)
      statuses.push(
        (
          await submit(
            form({ lang: "kk", text: `Хабар ${n}: ертең бензин екі есе қымбаттайды дейді`, link: "", contact: "" }),
          )
        ).status,
      );
    // The first test's tip counts too: the 20th tip of this client in the hour is its last.
    expect(statuses.filter((status) => status === 200)).toHaveLength(19);
    expect(statuses.at(-1)).toBe(429);
    expect(await db.tip.count({ where: { channel: "web" } })).toBe(20);
  });
});
