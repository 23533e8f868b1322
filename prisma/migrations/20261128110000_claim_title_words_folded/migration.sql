-- ─── Hand-written: the claim title word index, in the cross-language key ───
-- "Similar claims" on the claim page finds claims whose titles share words. A Kazakh title and
-- its Russian translation share names, but their skeletons spell them apart: Kazakh қ is q,
-- Russian к is k and х is h ("toqaev" and "tokaev", "qazaqstan" and "kazahstan"). The index
-- now holds the title words with q and h folded into k, as packages/claims/src/anchors.ts
-- (crossLanguageKey) folds the words looked for, and packages/api/src/services/claim-similar.ts must
-- write the expression exactly so. Same size and the same single write per claim as before.
-- NOTE for editors: the migration runner splits at every semicolon, comments included.
DROP INDEX "Claim_searchTitle_fts_idx";
CREATE INDEX "Claim_title_words_folded_idx" ON "Claim" USING GIN (to_tsvector('simple', translate(coalesce("searchTitle", ''), 'qh', 'kk')));
