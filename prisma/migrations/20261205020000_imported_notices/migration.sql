-- Fact-checks imported from a desk's archive (decision 0020): one row per imported review, its
-- claim given the verdict it carried. Kept apart from "Notice": they are never signed or fed.
CREATE TABLE "ImportedNotice" (
    "id" UUID NOT NULL,
    "importKey" TEXT NOT NULL,
    "claimId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "label" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "reviewUrl" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "publisher" TEXT,
    "claimant" TEXT,
    "appearanceUrl" TEXT,
    "location" TEXT NOT NULL,
    "runId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedNotice_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ImportedNotice_importKey_key" ON "ImportedNotice"("importKey");
CREATE INDEX "ImportedNotice_claimId_idx" ON "ImportedNotice"("claimId");

ALTER TABLE "ImportedNotice" ADD CONSTRAINT "ImportedNotice_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
