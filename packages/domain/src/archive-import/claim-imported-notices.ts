import type { TImportedNotice } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";

const importedNoticeSelect = {
  id: true,
  verdict: true,
  label: true,
  lang: true,
  reviewUrl: true,
  reviewedAt: true,
  publisher: true,
  claimant: true,
  appearanceUrl: true,
  createdAt: true,
} satisfies Prisma.ImportedNoticeSelect;

/** The notices other desks (or the desk before Tekser) published on a claim, oldest review first. */
export async function claimImportedNotices(db: Db, claimId: string): Promise<TImportedNotice[]> {
  const rows = await db.importedNotice.findMany({
    where: { claimId },
    select: importedNoticeSelect,
    orderBy: [{ reviewedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  return rows.map(({ createdAt, reviewedAt, ...row }) => ({
    ...row,
    reviewedAt: reviewedAt?.toISOString() ?? null,
    importedAt: createdAt.toISOString(),
  }));
}
