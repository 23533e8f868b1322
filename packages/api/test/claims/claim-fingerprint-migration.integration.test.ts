import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fingerprintText } from "@tekser/claims";
import { unpackDetail } from "@tekser/domain/claims/fingerprint-detail.ts";
import { withDatabaseBefore } from "../database-before-migration.ts";

const PACKING = "20261205110000_fingerprint_packed_detail";

const TEXTS = [
  "Қарағанды облысында 1 наурыздан бастап жылу беру тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
    "Тұрғындар бір шаршы метр үшін бұрынғыдай 168 теңге төлейді, ал жылу желілерін жаңғыртуға 14 миллиард теңге бөлінген.",
  "Жылу тарифі өзгермейді",
  // Longer than the exact shingle sets kept: its shingles are unknown.
  "Астанада 12 маусымда жаңа көпір ашылды. ".repeat(20),
];

const signed = (values: readonly number[]) => values.map((value) => value | 0);

describe("[CLAIMS][DB] stored fingerprints when their lists are packed", () => {
  it("read back as they were computed once the migration has run", async () => {
    await withDatabaseBefore(PACKING, async (client, migrateRest) => {
      const fingerprints = TEXTS.map((text) => ({ itemId: randomUUID(), fingerprint: fingerprintText(text) }));
      for (const { itemId, fingerprint: f } of fingerprints) {
        await client.query(
          `INSERT INTO "Item" ("id", "kind", "site", "text", "lang", "links", "mediaUrls", "contentHash")
           VALUES ($1::uuid, 'post', 't.me', 'text', 'kk', '{}', '{}', $2)`,
          [itemId, itemId],
        );
        await client.query(
          `INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact", "bands",
                                          "passages", "numbers", "places", "months", "figureSlots", "lead")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            itemId,
            f.tokenCount,
            f.shingleCount,
            signed(f.signature),
            signed(f.shingles ?? []),
            f.shingles !== null,
            f.bands,
            signed(f.passages),
            signed(f.numbers),
            signed(f.places),
            signed(f.months),
            signed(f.figureSlots),
            signed(f.lead),
          ],
        );
      }
      expect(fingerprints.map(({ fingerprint }) => fingerprint.shingles === null)).toEqual([false, false, true]);

      await migrateRest();
      for (const { itemId, fingerprint } of fingerprints) {
        const { rows } = await client.query<{ detail: Buffer }>(
          `SELECT "detail" FROM "ItemFingerprint" WHERE "itemId" = $1`,
          [itemId],
        );
        const { signature, shingles, numbers, places, months, figureSlots, lead } = fingerprint;
        expect(unpackDetail(rows[0]!.detail)).toEqual({
          signature,
          shingles,
          numbers,
          places,
          months,
          figureSlots,
          lead,
        });
      }
    });
  });
});
