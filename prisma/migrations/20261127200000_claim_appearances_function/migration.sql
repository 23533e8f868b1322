-- A claim's appearance figures from its items (count, sites, words), defined once: the recount
-- below and ingest's insert of new claims (claim-clustering.ts) both read them from here, so the
-- two cannot drift. A STABLE SQL table function, so PostgreSQL inlines it where it is called.
--
-- NOTE for editors: the migration runner splits scripts at EVERY semicolon (see migration
-- 20261125100000): function bodies are E'' strings writing theirs as \x3B.
CREATE FUNCTION tekser_claim_appearances(claim_id uuid) RETURNS TABLE (item_count int, sites text[], words tsvector)
LANGUAGE sql STABLE AS E'
  SELECT count(*)::int, coalesce(array_agg(DISTINCT i."site" ORDER BY i."site"), ARRAY[]::text[]),
         strip(coalesce(tekser_tsvector_agg(i."searchVector"), \'\'::tsvector))
  FROM "Item" i WHERE i."claimId" = claim_id
';

CREATE OR REPLACE FUNCTION tekser_recount_claims(claim_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "Claim" WHERE "id" = ANY(claim_ids) ORDER BY "id" FOR UPDATE\x3B
  UPDATE "Claim" c
  SET "itemCount" = counted.item_count, "sites" = counted.sites, "searchVector" = counted.words
  FROM unnest(claim_ids) AS ids(id)
  CROSS JOIN LATERAL tekser_claim_appearances(ids.id) counted
  WHERE c."id" = ids.id\x3B
END';
