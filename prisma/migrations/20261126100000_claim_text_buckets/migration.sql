-- ─── Hand-written: the queue's text indexes in eight parts, by a bucket of the claim id ───
-- The queue counts matching claims up to 1,001. With a text filter the count reads the claim
-- word index (GIN, prefix match) and the title trigram index, and PostgreSQL builds the whole
-- bitmap of every match before reading the first row: at a million items a common word is in
-- ~50,000 claims, and that bitmap alone took 30 to 140 ms (issue 4, decision record 0010).
-- Split into eight partial indexes, one per bucket of the claim id, the count reads bucket after
-- bucket (UNION ALL under a LIMIT) and stops when it has 1,001: a common word is done after the
-- first bucket, an eighth of the work, and a rare one reads all eight small posting lists.
-- Each claim is in exactly one bucket, so the indexes hold the same entries as before and a
-- write to "Claim" updates one of them: no extra work for ingest or the "Item" triggers.
--
-- The bucket is the low three bits of the id's last byte (random in a v4 uuid). It must read
-- exactly as in packages/api/src/services/claim-queue-sql.ts (TEXT_BUCKET), or the planner
-- cannot prove that a bucket's query may use its index.
-- NOTE for editors: the migration runner splits at every semicolon, comments included.

DROP INDEX "Claim_searchVector_idx";
DROP INDEX "Claim_title_trgm_idx";
CREATE INDEX "Claim_searchVector_b0_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_searchVector_b1_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_searchVector_b2_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_searchVector_b3_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_searchVector_b4_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_searchVector_b5_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_searchVector_b6_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_searchVector_b7_idx" ON "Claim" USING GIN ("searchVector") WHERE (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_title_trgm_b0_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_title_trgm_b1_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_title_trgm_b2_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_title_trgm_b3_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_title_trgm_b4_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_title_trgm_b5_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_title_trgm_b6_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_title_trgm_b7_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE (get_byte(uuid_send("id"), 15) & 7) = 7;
