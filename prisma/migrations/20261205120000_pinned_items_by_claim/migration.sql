-- Clustering asks of every stored claim a new item may join whether a reviewer pinned any of its
-- items (claim-bridges.ts): through "Item_claimId_idx" that read each item row of the claim, and a
-- story repeated across the feeds has hundreds. Pinned items are few: this index holds them alone.
CREATE INDEX "Item_claimId_pinned_idx" ON "Item" ("claimId") WHERE "clusterPinned";
