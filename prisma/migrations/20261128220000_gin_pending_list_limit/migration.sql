-- ─── Hand-written: short pending lists for the GIN indexes that searches read ───
-- A GIN index takes new entries into an unsorted pending list (fastupdate) and moves them into
-- its tree when the list outgrows gin_pending_list_limit (4 MB by default) or at VACUUM. Every
-- scan reads the whole pending list. After an ingest burst, before autovacuum came, 74 pending
-- pages of the Kazakh item word index made a search for "метро" in Kazakh items 220-260 ms
-- instead of 10-17 ms (100k items, pnpm bench:claims), and the claim text indexes hold pending
-- lists of their own. At 256 kB the list stays short, and ingest still moves entries in batches:
-- 1,000 items in 50-item documents took 1.53 ms per item with the default and 1.56 at 256 kB
-- (64 kB: 2.02). Decision record 0010, session 6 addendum.
-- Every GIN index of these tables, by name from the catalog. NOTE for editors: a GIN index
-- created later gets the default unless its migration sets the limit too.
-- The migration runner splits at every semicolon, so the block writes them as \x3B.
DO E'
DECLARE
  index_name text\x3B
BEGIN
  FOR index_name IN
    SELECT i.relname FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_am a ON a.oid = i.relam
    WHERE a.amname = ''gin'' AND t.relnamespace = current_schema()::regnamespace
      AND t.relname IN (''Item'', ''Claim'', ''ItemFingerprint'', ''TitleWord'')
  LOOP
    EXECUTE format(''ALTER INDEX %I SET (gin_pending_list_limit = 256)'', index_name)\x3B
  END LOOP\x3B
END';
