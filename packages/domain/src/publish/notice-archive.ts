import type { TLang, TVerdict } from "@tekser/contracts";
import type { Db } from "@tekser/db";

/** Notices per page of the public archive. */
export const ARCHIVE_PAGE_SIZE = 20;

export interface NoticeArchiveQuery {
  q?: string | undefined;
  lang?: TLang | undefined;
  verdict?: TVerdict | undefined;
  page: number;
}

export interface NoticeArchiveRow {
  id: string;
  lang: TLang;
  headline: string;
  summary: string;
  verdict: TVerdict;
  /** The wording of the label the version was published with; null for versions older than the scale. */
  verdictWording: Record<"kk" | "ru" | "en", string> | null;
  retracted: boolean;
  updatedAt: string;
}

/** `%` and `_` typed by a reader are searched for as themselves, not as wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * One page of the public archive: published notices, newest change first, as their current
 * version reads (a correction may have changed headline or verdict), optionally searched and
 * filtered, with the count of every match for paging.
 */
export async function searchNoticeArchive(
  db: Db,
  query: NoticeArchiveQuery,
): Promise<{ rows: NoticeArchiveRow[]; total: number }> {
  const pattern = query.q?.trim() ? likePattern(query.q.trim()) : null;
  const rows = await db.$queryRaw<(Omit<NoticeArchiveRow, "updatedAt"> & { updatedAt: Date; total: bigint })[]>`
    SELECT n.id::text AS id, n.lang, v.headline, v.summary, v.verdict::text AS verdict,
           v.snapshot->'verdictLabel'->'wording' AS "verdictWording",
           n.status::text = 'retracted' AS retracted, n."updatedAt" AS "updatedAt", COUNT(*) OVER () AS total
    FROM "Notice" n
    JOIN "NoticeVersion" v ON v."noticeId" = n.id AND v.version = n."currentVersion"
    WHERE (${query.lang ?? null}::text IS NULL OR n.lang = ${query.lang ?? null}::text)
      AND (${query.verdict ?? null}::text IS NULL OR v.verdict::text = ${query.verdict ?? null}::text)
      AND (${pattern}::text IS NULL OR v.headline ILIKE ${pattern}::text OR v.summary ILIKE ${pattern}::text)
    ORDER BY n."updatedAt" DESC, n.id ASC
    LIMIT ${ARCHIVE_PAGE_SIZE} OFFSET ${(query.page - 1) * ARCHIVE_PAGE_SIZE}`;
  return {
    rows: rows.map(({ total: _total, updatedAt, ...row }) => ({ ...row, updatedAt: updatedAt.toISOString() })),
    total: Number(rows[0]?.total ?? 0),
  };
}
