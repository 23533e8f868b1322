import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { windowedAnchor } from "@tekser/domain/claims/claim-translations.ts";
import { withDatabaseBefore } from "../database-before-migration.ts";

const WINDOWING = "20261206100000_translation_anchors_by_week";

// A week's first and last millisecond, a time before 1970 and one with a fraction of a second.
const STORED = [
  { lang: "kk", seenAt: new Date("2026-03-12T00:00:00.000Z"), anchors: ["n:тоқаев", "#count:1200"] },
  { lang: "ru", seenAt: new Date("2026-03-18T23:59:59.999Z"), anchors: ["d:2026-03-18"] },
  { lang: "ru", seenAt: new Date("1969-12-20T10:00:00.500Z"), anchors: ["n:алматы"] },
  { lang: "kk", seenAt: new Date("2026-03-14T05:00:00.123Z"), anchors: [] },
];

describe("[CLAIMS][DB] stored translation anchors when they are windowed by language and week", () => {
  it("read as ingest writes them once the migration has run", async () => {
    await withDatabaseBefore(WINDOWING, async (client, migrateRest) => {
      const rows = STORED.map((row) => ({ ...row, itemId: randomUUID() }));
      for (const row of rows) {
        await client.query(
          `INSERT INTO "Item" ("id", "kind", "site", "text", "lang", "links", "mediaUrls", "contentHash")
           VALUES ($1::uuid, 'post', 't.me', 'text', $2, '{}', '{}', $3)`,
          [row.itemId, row.lang, row.itemId],
        );
        await client.query(
          `INSERT INTO "ItemTranslationKeys" ("itemId", "lang", "seenAt", "keys", "anchors") VALUES ($1, $2, $3, $4, $4)`,
          [row.itemId, row.lang, row.seenAt, row.anchors],
        );
      }

      await migrateRest();
      for (const row of rows) {
        const { rows: stored } = await client.query<{ anchors: string[] }>(
          `SELECT "anchors" FROM "ItemTranslationKeys" WHERE "itemId" = $1`,
          [row.itemId],
        );
        expect(stored[0]!.anchors).toEqual(row.anchors.map((anchor) => windowedAnchor(row.lang, row.seenAt, anchor)));
      }
    });
  });
});
