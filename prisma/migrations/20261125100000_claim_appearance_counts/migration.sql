-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "itemCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "sites" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- ─── Hand-written: a claim's appearance counts, sites and words, kept by triggers on "Item" ───
-- The queue sorts by item count, shows the sites and filters by words over every appearance.
-- Computed per query these read all items of every candidate claim, so each claim keeps them
-- and statement-level triggers (transition tables, so a bulk insert costs one update per
-- claim) keep them right whoever writes "Item": ingest, clustering, merge, split, deletes.
--
-- NOTE for editors: the migration runner (the pg driver adapter's executeScript) splits scripts
-- at EVERY semicolon, even inside quotes and comments. Function bodies are therefore E'' strings
-- that write their semicolons as \x3B, and comments here never contain one.

-- All items' words of a claim in one vector: tsvector has || but no aggregate.
CREATE AGGREGATE tekser_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Counts claims again from their items. Used where a claim lost or changed an item, which no
-- increment can express (a site may or may not still appear). The claims are locked first, in
-- id order, and counted by a second statement: in READ COMMITTED that statement's snapshot
-- sees every item committed by a transaction that held the lock before, so two concurrent
-- writers cannot both count without the other's items.
CREATE FUNCTION tekser_recount_claims(claim_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "Claim" WHERE "id" = ANY(claim_ids) ORDER BY "id" FOR UPDATE\x3B
  UPDATE "Claim" c
  SET "itemCount" = counted.n, "sites" = coalesce(counted.sites, ARRAY[]::text[]), "searchVector" = counted.vector
  FROM unnest(claim_ids) AS ids(id)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS n, array_agg(DISTINCT i."site" ORDER BY i."site") AS sites,
           strip(tekser_tsvector_agg(i."searchVector")) AS vector
    FROM "Item" i WHERE i."claimId" = ids.id) counted
  WHERE c."id" = ids.id\x3B
END';

-- New items only add: an increment, which PostgreSQL re-applies to the latest row version when
-- two writers meet, so no lock is needed. The argument rows are (claimId, site, searchVector).
CREATE FUNCTION tekser_claims_gain_items(claim_ids uuid[], item_sites text[], vectors tsvector[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Claim" c
  SET "itemCount" = c."itemCount" + gained.n,
      "sites" = ARRAY(SELECT DISTINCT s FROM unnest(c."sites" || gained.sites) AS s ORDER BY s),
      "searchVector" = strip(coalesce(c."searchVector", ''::tsvector) || gained.vector)
  FROM (
    SELECT g.claim_id, count(*)::int AS n, array_agg(DISTINCT g.site) AS sites, tekser_tsvector_agg(g.vector) AS vector
    FROM unnest(claim_ids, item_sites, vectors) AS g(claim_id, site, vector)
    WHERE g.claim_id IS NOT NULL
    GROUP BY g.claim_id) gained
  WHERE c."id" = gained.claim_id
$$;

CREATE FUNCTION tekser_items_inserted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM tekser_claims_gain_items(array_agg("claimId"), array_agg("site"), array_agg("searchVector"))
  FROM new_items WHERE "claimId" IS NOT NULL HAVING count(*) > 0\x3B
  RETURN NULL\x3B
END';

CREATE FUNCTION tekser_items_deleted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM tekser_recount_claims(ARRAY(SELECT DISTINCT "claimId" FROM old_items WHERE "claimId" IS NOT NULL))\x3B
  RETURN NULL\x3B
END';

-- An item that moved to a claim is a gain there, and a loss (recount) where it left. An item
-- whose site or words changed in place means a recount of its claim. A claim both gaining and
-- recounted is only recounted (the recount reads the gained items too).
CREATE FUNCTION tekser_items_updated() RETURNS trigger
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
  PERFORM tekser_claims_gain_items(array_agg(n."claimId"), array_agg(n."site"), array_agg(n."searchVector"))
  FROM old_items o JOIN new_items n USING ("id")
  WHERE o."claimId" IS DISTINCT FROM n."claimId" AND n."claimId" IS NOT NULL AND n."claimId" <> ALL(recount)
  HAVING count(*) > 0\x3B
  IF cardinality(recount) > 0 THEN
    PERFORM tekser_recount_claims(recount)\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Item_claim_counts_insert" AFTER INSERT ON "Item"
  REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION tekser_items_inserted();
CREATE TRIGGER "Item_claim_counts_update" AFTER UPDATE ON "Item"
  REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION tekser_items_updated();
CREATE TRIGGER "Item_claim_counts_delete" AFTER DELETE ON "Item"
  REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION tekser_items_deleted();

-- Backfill the claims that exist.
UPDATE "Claim" c
SET "itemCount" = counted.n, "sites" = counted.sites, "searchVector" = counted.vector
FROM (
  SELECT "claimId", count(*)::int AS n, array_agg(DISTINCT "site" ORDER BY "site") AS sites,
         strip(tekser_tsvector_agg("searchVector")) AS vector
  FROM "Item" WHERE "claimId" IS NOT NULL GROUP BY "claimId") counted
WHERE c."id" = counted."claimId";

-- The queue's text filter: claim title (trigram index, existing) OR the claim's words (this one).
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
-- Each queue sort reads its index in either direction, the id breaking ties the same way.
CREATE INDEX "Claim_firstSeenAt_id_idx" ON "Claim" ("firstSeenAt", "id");
CREATE INDEX "Claim_itemCount_id_idx" ON "Claim" ("itemCount", "id");
CREATE INDEX "Claim_priority_id_idx" ON "Claim" ("priority", "id");
CREATE INDEX "Claim_status_id_idx" ON "Claim" ("status", "id");
CREATE INDEX "Claim_title_id_idx" ON "Claim" ("title", "id");
-- A verdict filter keeps one claim in sixteen or fewer: its count reads this, not the table.
CREATE INDEX "Claim_verdict_idx" ON "Claim" ("verdict");
-- Search's misspelling fallback orders titles by trigram word distance (<->>): only a GiST
-- trigram index returns them nearest first and stops at the LIMIT. The GIN one stays for the
-- similar-claims list and the queue's title filter.
CREATE INDEX "Claim_searchTitle_gist_idx" ON "Claim" USING GIST ("searchTitle" gist_trgm_ops);
