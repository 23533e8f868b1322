-- Similar claims no longer looks titles up by trigram similarity (`%`): through this index,
-- the titles sharing trigrams with one are most claims, 1 to 4 s at a million items. It now
-- scores the claims sharing title words (packages/api/src/services/claim-similar.ts), and the
-- misspelling fallback of search, the other reader of title trigrams, reads the vocabulary of
-- migration 20261128200000. Unread, the index only cost every new claim its trigram entries.
DROP INDEX "Claim_searchTitle_trgm_idx";
