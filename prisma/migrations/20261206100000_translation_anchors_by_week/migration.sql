-- DropIndex
DROP INDEX "ItemTranslationKeys_lang_seenAt_idx";

-- ─── Hand-written ───
-- Translation anchors are kept as "lang/week/key" (windowedAnchor in claim-translations.ts: the
-- week is the number of whole 7-day spans since the Unix epoch at "seenAt"). The lookup then reads
-- only the posting lists of its language and weeks from the GIN index, where the window index
-- dropped above had each probe read every row of the other language in its window.
UPDATE "ItemTranslationKeys" t
SET "anchors" = ARRAY(
  SELECT t."lang" || '/' || floor(extract(epoch FROM t."seenAt") * 1000 / 604800000)::bigint || '/' || a.anchor
  FROM unnest(t."anchors") WITH ORDINALITY AS a(anchor, position)
  ORDER BY a.position)
WHERE cardinality(t."anchors") > 0;
