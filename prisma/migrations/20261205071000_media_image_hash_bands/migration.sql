-- Same-image lookups (packages/domain/src/media/same-image.ts) find candidates through four
-- 16-bit bands of the 64-bit dHash instead of measuring the distance to every image. The bands
-- are indexed as expressions, so they are computed for the existing rows as the indexes are
-- built and can never disagree with the hash; queries must spell them exactly like this.
CREATE INDEX "MediaImage_dHash_band0_idx" ON "MediaImage" ((("dHash" >> 0) & 65535));
CREATE INDEX "MediaImage_dHash_band1_idx" ON "MediaImage" ((("dHash" >> 16) & 65535));
CREATE INDEX "MediaImage_dHash_band2_idx" ON "MediaImage" ((("dHash" >> 32) & 65535));
CREATE INDEX "MediaImage_dHash_band3_idx" ON "MediaImage" ((("dHash" >> 48) & 65535));
