import { readFileSync } from "node:fs";
import { fixtureUrl } from "@tekser/fixtures";
import { JobQueue } from "@tekser/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../../test/fake-bot-api.ts";
import { loggedIn, useTestDatabase } from "../../../test/harness.ts";
import { publishNotice } from "../notices.ts";
import type { OutboundPolicy } from "../outbound/url-guard.ts";
import { publishSeedNotice } from "../../../test/published-notice.ts";
import { updateTiplineSettings } from "./tipline-settings.ts";
import { pollTelegramOnce, startTipline } from "./tipline-worker.ts";

// The local Bot API server listens on 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };
const BASE_URL = "http://tekser.test";
const ADMIN = { id: null, name: "admin", role: "admin" };
/** Two paragraphs of the seed article, as a reader would paste them into the bot. */
const COPIED_PARAGRAPHS =
  "Аталған штаб саяси науқан қорытындысы жарияланғанға дейін елдегі дауыс беру барысы туралы сүзгіден өткен шынайы ақпаратты жедел таратуды қамтамасыз етеді. Сондай-ақ референдум күні YouTube желісіндегі Independ.kz арнасында штаб жұмысы тікелей эфирде көрсетіледі. Осыған дейін біршама тәуелсіз бақылаушы Ақпараттық штаб құру бастамасын қолдап, жұмысқа қатысуға ниет білдірген.";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");
const database = useTestDatabase();
const bot = new FakeBotApi();
let jobs: JobQueue | undefined;

async function waitFor<T>(probe: () => Promise<T | undefined | null> | T | undefined | null, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function tipsFrom(chatId: number) {
  return database.db.tip.findMany({
    where: { sender: { chatId: String(chatId) } },
    orderBy: { receivedAt: "asc" },
    select: { id: true, lang: true, mediaRefs: true, acknowledgedAt: true, item: { select: { kind: true, site: true, text: true, claimId: true, author: true } } },
  });
}

beforeAll(async () => {
  await bot.start();
  await updateTiplineSettings(database.db, ADMIN, { botToken: bot.token, apiBaseUrl: bot.url });
});
afterAll(async () => {
  await jobs?.stop();
  await bot.stop();
});

describe("[TIPLINE] a private message to the bot becomes a tip", () => {
  it("lands a pasted copy on the claim it copies and acknowledges in Kazakh", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
    const source = await db.item.findFirstOrThrow({ where: { kind: { not: "tip" }, text: { contains: "Independ.kz" } }, select: { claimId: true } });

    bot.privateMessage({ id: 7001, language_code: "ru" }, { text: COPIED_PARAGRAPHS });
    expect(await pollTelegramOnce({ db, jobs: null, outbound: LOCAL }, 0)).toBe(1);

    const [tip] = await tipsFrom(7001);
    expect(tip?.item).toMatchObject({ kind: "tip", site: "tipline", claimId: source.claimId, author: null });
    // The text is Kazakh, so the Kazakh acknowledgement, whatever the app's language.
    expect(tip?.lang).toBe("kk");
    expect(bot.sentTo(7001)).toEqual([expect.stringContaining("Рахмет, хабарыңыз алынды")]);
    expect(tip?.acknowledgedAt).not.toBeNull();
  });
});
