import { ZNoticeDocument, ZNoticeSignature, type TNoticeDocument, type TSignedNotice } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";

/** The columns a version needs to be turned back into its signed public document. */
export const noticeVersionDocumentSelect = {
  noticeId: true,
  version: true,
  kind: true,
  snapshot: true,
  changeNote: true,
  signature: true,
  createdAt: true,
  notice: { select: { lang: true, publishedAt: true } },
} satisfies Prisma.NoticeVersionSelect;

type VersionRow = Prisma.NoticeVersionGetPayload<{ select: typeof noticeVersionDocumentSelect }>;

/**
 * A version's public document. New versions store it whole as their snapshot; versions made
 * before corrections existed lack the change fields, which the row supplies.
 */
export function documentOfVersion(row: VersionRow): TNoticeDocument {
  const snapshot = row.snapshot as Record<string, unknown>;
  return ZNoticeDocument.parse({
    ...snapshot,
    id: row.noticeId,
    lang: row.notice.lang,
    version: row.version,
    kind: row.kind,
    status: row.kind === "retraction" ? "retracted" : "published",
    publishedAt: snapshot.publishedAt ?? row.notice.publishedAt.toISOString(),
    versionAt: row.createdAt.toISOString(),
    changeNote: row.changeNote,
  });
}

export function signedVersion(row: VersionRow): TSignedNotice | null {
  if (!row.signature) return null;
  return { document: documentOfVersion(row), signature: ZNoticeSignature.parse(JSON.parse(row.signature)) };
}

/** One earlier (or the current) version of a notice as signed, for its public history. */
export async function loadSignedVersion(db: Db, noticeId: string, version: number): Promise<TSignedNotice | null> {
  const row = await db.noticeVersion.findUnique({
    where: { noticeId_version: { noticeId, version } },
    select: noticeVersionDocumentSelect,
  });
  return row ? signedVersion(row) : null;
}
