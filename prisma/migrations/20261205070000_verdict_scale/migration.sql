-- The team's verdict scale (decision 0025): labels the admins word, colour and order, each with
-- the ClaimReview rating it publishes and the built-in meaning that resurfacing and metrics read.
CREATE TABLE "VerdictLabel" (
    "id" UUID NOT NULL,
    "labelKk" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "meaning" "Verdict" NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictLabel_pkey" PRIMARY KEY ("id")
);

-- The four built-in verdicts are the default scale, worded and rated as they were published
-- before the scale existed, so every page reads the same after this migration.
INSERT INTO "VerdictLabel" ("id", "labelKk", "labelRu", "labelEn", "colour", "position", "rating", "meaning") VALUES
    (gen_random_uuid(), 'Расталды', 'Подтверждено', 'Verified', '#2e7d32', 0, 5, 'verified'),
    (gen_random_uuid(), 'Фейк', 'Фейк', 'Fake', '#c62828', 1, 1, 'fake'),
    (gen_random_uuid(), 'Жаңылыстырады', 'Вводит в заблуждение', 'Misleading', '#ef8f00', 2, 2, 'misleading'),
    (gen_random_uuid(), 'Тексеру мүмкін емес', 'Невозможно проверить', 'Unverifiable', '#6b7280', 3, 3, 'unverifiable');

-- A label in use is retired, never deleted: reviews keep pointing at the label they chose.
ALTER TABLE "Review" ADD COLUMN "verdictLabelId" UUID;
ALTER TABLE "Review" ADD CONSTRAINT "Review_verdictLabelId_fkey" FOREIGN KEY ("verdictLabelId") REFERENCES "VerdictLabel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
UPDATE "Review" r SET "verdictLabelId" = l.id FROM "VerdictLabel" l WHERE l.meaning = r.verdict;
