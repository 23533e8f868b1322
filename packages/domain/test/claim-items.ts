import type { TParsedItem } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { newItem } from "@tekser/ingest";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { ingestInputs } from "../src/ingest/ingest.ts";

let counter = 0;

/** A parsed item as a parser would hand it to ingest; tests override what they care about. */
export function parsedItem(overrides: Partial<TParsedItem> & Pick<TParsedItem, "text" | "site">): TParsedItem {
  counter += 1;
  return newItem({
    kind: "post",
    location: `items[${counter}]`,
    url: `https://${overrides.site}/${counter}`,
    canonicalUrl: `https://${overrides.site}/${counter}`,
    lang: "kk",
    ...overrides,
  });
}

/** Runs the real ingest service on ready-parsed items, one input each; returns their ids. */
export async function ingestItems(db: Db, ...items: TParsedItem[]): Promise<string[]> {
  const report = await ingestInputs(
    db,
    SYSTEM_ACTOR,
    "cli",
    items.map((item, index) => ({ name: `test-${index}`, bytes: new TextEncoder().encode(JSON.stringify(item)) })),
    {
      parse: (input) => ({
        format: "test",
        items: [JSON.parse(new TextDecoder().decode(input.bytes)) as TParsedItem],
        errors: [],
      }),
    },
  );
  return report.items.map((item) => item.id);
}

/** Runs the real ingest service on ready-parsed items as ONE input (one document); returns their ids. */
export async function ingestDocument(db: Db, ...items: TParsedItem[]): Promise<string[]> {
  const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", [{ name: "test-document", bytes: new Uint8Array() }], {
    parse: () => ({ format: "test", items, errors: [] }),
  });
  return report.items.map((item) => item.id);
}

/**
 * The pension scenario: an aikyn.kz article, a Telegram repost of it (same claim) and a near miss
 * on the same topic (a claim of its own), ingested one input each; returns their item ids.
 */
export async function ingestPensionTrio(db: Db): Promise<{ originalId: string; copyId: string; otherId: string }> {
  const [originalId, copyId, otherId] = await ingestItems(
    db,
    parsedItem({ site: "aikyn.kz", text: PENSION_ARTICLE, publishedAt: "2026-03-14T06:00:00.000Z" }),
    parsedItem({ site: "t.me/janalyqtar", text: `Қараңыздар!\n${PENSION_ARTICLE}` }),
    parsedItem({ site: "t.me/zeinet", text: PENSION_NEAR_MISS, publishedAt: "2026-03-10T06:00:00.000Z" }),
  );
  if (!originalId || !copyId || !otherId) throw new Error("the pension scenario stored fewer than three items");
  return { originalId, copyId, otherId };
}

export async function claimOf(db: Db, itemId: string): Promise<string | null> {
  return (await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { claimId: true } })).claimId;
}

export const PENSION_ARTICLE =
  "Еңбек және халықты әлеуметтік қорғау министрлігі зейнет жасын қайта көтеру туралы шешім қабылданған жоқ деп мәлімдеді. " +
  "Бұған дейін бірқатар Telegram арналарында әйелдердің зейнет жасы алпыс бес жасқа дейін бірден көтеріледі деген хабар тарады. " +
  "Министрліктің баспасөз қызметі заңнамаға мұндай түзету енгізілмегенін атап өтті. " +
  "Азаматтарға ақпаратты ресми сайттан тексеру ұсынылды.";

export const PENSION_LATIN =
  "Eñbek jäne halyqty äleumettık qorğau ministrlıgı zeinet jasyn qaita köteru turaly şeşım qabyldanğan joq dep mälımdedı. " +
  "Būğan deiın bırqatar Telegram arnalarynda äielderdıñ zeinet jasy alpys bes jasqa deiın bırden köterıledı degen habar tarady. " +
  "Ministrlıktıñ baspasöz qyzmetı zañnamağa mūndai tüzetu engızılmegenın atap öttı.";

export const PENSION_NEAR_MISS =
  "Еңбек және халықты әлеуметтік қорғау министрлігі келесі жылдан бастап ең төменгі зейнетақы мөлшері өсетінін хабарлады. " +
  "Ведомство есебі бойынша төлем он пайызға артады. Бұл өзгеріс екі миллионнан астам зейнеткерге қатысты болады. " +
  "Министрліктің баспасөз қызметі қаражат республикалық бюджетте қарастырылғанын атап өтті.";
