import { describe, expect, it } from "vitest";
import type { Db } from "@tekser/db";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { PENSION_PARAGRAPHS, PENSION_TITLE } from "@tekser/domain/test/copy-documents.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

/** Ingests each text as its own input, one after the other, and returns their item ids. */
async function ingestEach(db: Db, ...texts: { site: string; title?: string; text: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) ids.push(...(await ingestItems(db, parsedItem(text))));
  return ids;
}

/** Whether translations can find each item: it has stored translation keys. */
async function translatable(db: Db, itemIds: readonly string[]): Promise<boolean[]> {
  const rows = await db.itemTranslationKeys.findMany({
    where: { itemId: { in: [...itemIds] } },
    select: { itemId: true },
  });
  const stored = new Set(rows.map((row) => row.itemId));
  return itemIds.map((id) => stored.has(id));
}

async function textIndexed(db: Db, itemIds: readonly string[]): Promise<boolean[]> {
  const rows = await db.itemFingerprint.findMany({
    where: { itemId: { in: [...itemIds] } },
    select: { itemId: true, textIndexed: true },
  });
  const byItem = new Map(rows.map((row) => [row.itemId, row.textIndexed]));
  return itemIds.map((id) => byItem.get(id) ?? false);
}

const ARTICLE = PENSION_PARAGRAPHS.join("\n\n");

describe("[CLAIMS][CLUSTERING] reposts a claim's indexed text already covers", () => {
  const database = useTestDatabase();

  it("keep their keys out of the text lookup, still join and still let later copies join; a split indexes the claim's items again, translation keys included", async () => {
    const { db } = database;
    const [originalId, repostId, secondRepostId, withOwnParagraphId] = await ingestEach(
      db,
      { site: "aikyn.kz", title: PENSION_TITLE, text: ARTICLE },
      { site: "t.me/janalyqtar", text: `Тағы бір фейк пе? Оқыңыздар 👇\n\n${ARTICLE}` },
      { site: "t.me/habar_kz", text: `Назар аударыңыздар!\n\n${ARTICLE}` },
      {
        site: "t.me/sarapshy",
        text: `${ARTICLE}\n\nБіздің редакция сарапшылармен сөйлесті: экономист Асқар Нұрлановтың пікірінше, бюджет тапшылығы мен халықтың қартаюы үкіметті бәрібір реформаға итермелейді, сондықтан келесі сессияда жаңа заң жобасы парламентке түсуі әбден мүмкін деп санайды.`,
      },
    );
    const claimId = await claimOf(db, originalId!);
    expect(claimId).not.toBeNull();
    for (const id of [repostId, secondRepostId, withOwnParagraphId]) expect(await claimOf(db, id!)).toBe(claimId);
    expect(await textIndexed(db, [originalId!, repostId!, secondRepostId!, withOwnParagraphId!])).toEqual([
      true,
      false,
      false,
      true,
    ]);

    expect(await translatable(db, [originalId!, repostId!, secondRepostId!, withOwnParagraphId!])).toEqual([
      true,
      false,
      false,
      true,
    ]);

    const reviewer = await loggedIn(db, "reviewer");
    await reviewer.caller.claim.split({ itemId: originalId!, reason: "The article is a claim of its own" });
    expect(await textIndexed(db, [originalId!, repostId!, secondRepostId!])).toEqual([true, true, true]);
    expect(await translatable(db, [originalId!, repostId!, secondRepostId!])).toEqual([true, true, true]);
  });
});
