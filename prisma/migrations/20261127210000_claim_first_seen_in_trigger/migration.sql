-- A claim gaining items also takes the earliest sighting among them (publication, else archive,
-- else ingest time) as its first sighting, in the same UPDATE that adds their count, sites and
-- words: ingest rewrote each claim a copy made earlier a second time for that (15 indexes).
--
-- NOTE for editors: the migration runner splits scripts at EVERY semicolon (see migration
-- 20261125100000): function bodies are E'' strings writing theirs as \x3B.
DROP FUNCTION tekser_claims_gain_items(uuid[], text[], tsvector[]);

CREATE FUNCTION tekser_claims_gain_items(claim_ids uuid[], item_sites text[], vectors tsvector[], seen_times timestamptz[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Claim" c
  SET "itemCount" = c."itemCount" + gained.n,
      "sites" = ARRAY(SELECT DISTINCT s FROM unnest(c."sites" || gained.sites) AS s ORDER BY s),
      "searchVector" = strip(coalesce(c."searchVector", ''::tsvector) || gained.vector),
      "firstSeenAt" = least(c."firstSeenAt", gained.first_seen),
      "updatedAt" = CASE WHEN gained.first_seen < c."firstSeenAt" THEN now() ELSE c."updatedAt" END
  FROM (
    SELECT g.claim_id, count(*)::int AS n, array_agg(DISTINCT g.site) AS sites, tekser_tsvector_agg(g.vector) AS vector, min(g.seen) AS first_seen
    FROM unnest(claim_ids, item_sites, vectors, seen_times) AS g(claim_id, site, vector, seen)
    WHERE g.claim_id IS NOT NULL
    GROUP BY g.claim_id) gained
  WHERE c."id" = gained.claim_id
$$;

CREATE OR REPLACE FUNCTION tekser_items_inserted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM tekser_claims_gain_items(array_agg("claimId"), array_agg("site"), array_agg("searchVector"),
                                   array_agg(coalesce("publishedAt", "archivedAt", "ingestedAt")))
  FROM new_items WHERE "claimId" IS NOT NULL HAVING count(*) > 0\x3B
  RETURN NULL\x3B
END';

CREATE OR REPLACE FUNCTION tekser_items_updated() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  recount uuid[]\x3B
BEGIN
  SELECT coalesce(array_agg(DISTINCT claim_id), ARRAY[]::uuid[]) INTO recount FROM (
    SELECT o."claimId" AS claim_id FROM old_items o JOIN new_items n USING ("id")
    WHERE o."claimId" IS DISTINCT FROM n."claimId" AND o."claimId" IS NOT NULL
    UNION ALL
    SELECT n."claimId" FROM old_items o JOIN new_items n USING ("id")
    WHERE o."claimId" IS NOT DISTINCT FROM n."claimId" AND n."claimId" IS NOT NULL
      AND (o."site" <> n."site" OR o."searchVector" IS DISTINCT FROM n."searchVector")) changed\x3B
  PERFORM tekser_claims_gain_items(array_agg(n."claimId"), array_agg(n."site"), array_agg(n."searchVector"),
                                   array_agg(coalesce(n."publishedAt", n."archivedAt", n."ingestedAt")))
  FROM old_items o JOIN new_items n USING ("id")
  WHERE o."claimId" IS DISTINCT FROM n."claimId" AND n."claimId" IS NOT NULL AND n."claimId" <> ALL(recount)
  HAVING count(*) > 0\x3B
  IF cardinality(recount) > 0 THEN
    PERFORM tekser_recount_claims(recount)\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
