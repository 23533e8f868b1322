import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimOf, PENSION_ARTICLE } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs } from "@tekser/domain/ingest/ingest.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../ingest/fixtures/${name}`, import.meta.url), "utf8");
const KK_PAGE = fixture("kz-news-article-kk-with-ru-version.html");
const RU_PAGE = fixture("kz-news-article-ru-kk-version.html");
const RU_PAGE_WITHOUT_LINKS = RU_PAGE.replaceAll(/<link rel="alternate"[^>]*>/g, "");

async function ingestPage(db: Parameters<typeof ingestInputs>[0], name: string, html: string): Promise<string> {
  const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name, bytes: new TextEncoder().encode(html) }]);
  expect(report.errors).toEqual([]);
  const [item] = report.items;
  if (!item) throw new Error(`${name} gave no item`);
  return item.id;
}

describe("[CLAIMS][CLUSTERING] an article and its version in another language share a claim", () => {
  const database = useTestDatabase();

  it("joins a Russian page to the stored Kazakh article that names it as its Russian version", async () => {
    const { db } = database;
    // The Kazakh page names the Russian URL; the Russian page, stripped of its links, names nothing.
    const kkId = await ingestPage(db, "kk.html", KK_PAGE);
    const ruId = await ingestPage(db, "ru.html", RU_PAGE_WITHOUT_LINKS);
    const claimId = await claimOf(db, kkId);
    expect(claimId).not.toBeNull();
    expect(await claimOf(db, ruId)).toBe(claimId);

    const reviewer = await loggedIn(db, "reviewer");
    const view = await reviewer.caller.claim.appearances({ id: claimId! });
    expect(view.byLang).toEqual([
      { lang: "kk", count: 1 },
      { lang: "ru", count: 1 },
    ]);
    expect(view.firstAppearance).toEqual({ itemId: kkId, basis: "published" });
  });

  it("joins a Kazakh article to the stored Russian version it names", async () => {
    const { db } = database;
    const ruId = await ingestPage(
      db,
      "https://example-agency.kz/ru/news/pension-age",
      page("ru", "Возраст выхода на пенсию не повышают", PENSION_RU, []),
    );
    const kkId = await ingestPage(
      db,
      "https://example-agency.kz/kz/news/zeinet-jasy",
      page("kk", "Зейнет жасы көтерілмейді", PENSION_ARTICLE, ["https://example-agency.kz/ru/news/pension-age"]),
    );
    expect(await claimOf(db, kkId)).toBe(await claimOf(db, ruId));
  });
});

const PENSION_RU =
  "Министерство труда и социальной защиты населения заявило, что решения о повторном повышении пенсионного возраста не принималось. " +
  "Ранее в ряде Telegram-каналов распространилось сообщение о том, что пенсионный возраст женщин сразу поднимут до шестидесяти пяти лет. " +
  "В пресс-службе министерства отметили, что таких поправок в законодательство не вносилось. Гражданам рекомендовали проверять информацию на официальном сайте.";

/** A minimal news page; its URL comes from the input name, its language versions from `alternates`. */
function page(lang: string, title: string, text: string, alternates: string[]): string {
  const links = alternates
    .map((href) => `<link rel="alternate" hreflang="${lang === "kk" ? "ru" : "kk"}" href="${href}">`)
    .join("");
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>${links}</head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
}
