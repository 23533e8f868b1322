-- The fingerprint lists only read back travel and are stored packed in one bytea: each list as
-- its length, then its values, as int4send writes them (packages/domain/src/claims/fingerprint-detail.ts).
-- A long item's shingles (not kept) are written as the length -1.
CREATE FUNCTION tekser_pack_list(list integer[]) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT int4send(coalesce(cardinality(list), 0)) ||
         coalesce((SELECT string_agg(int4send(v), ''::bytea ORDER BY o) FROM unnest(list) WITH ORDINALITY AS t(v, o)), ''::bytea)
$$;

ALTER TABLE "ItemFingerprint" ADD COLUMN "detail" BYTEA;

UPDATE "ItemFingerprint" SET "detail" =
  tekser_pack_list("signature") ||
  (CASE WHEN "exact" THEN tekser_pack_list("shingles") ELSE int4send(-1) END) ||
  tekser_pack_list("numbers") || tekser_pack_list("places") || tekser_pack_list("months") ||
  tekser_pack_list("figureSlots") || tekser_pack_list("lead");

ALTER TABLE "ItemFingerprint" ALTER COLUMN "detail" SET NOT NULL,
  DROP COLUMN "signature",
  DROP COLUMN "shingles",
  DROP COLUMN "exact",
  DROP COLUMN "numbers",
  DROP COLUMN "places",
  DROP COLUMN "months",
  DROP COLUMN "figureSlots",
  DROP COLUMN "lead";

DROP FUNCTION tekser_pack_list(integer[]);
