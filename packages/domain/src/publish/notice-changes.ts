import { NOTICE_EVENTS, ZNoticeSignature, type TNoticeChange, type TNoticeChangesPage } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { noticeUrl } from "@tekser/publish";
import { AppError } from "../shared/errors.ts";
import { documentOfVersion, noticeVersionDocumentSelect } from "./notice-document.ts";

export const noticeChangeSelect = {
  ...noticeVersionDocumentSelect,
  changeSeq: true,
} satisfies Prisma.NoticeVersionSelect;
type ChangeRow = Prisma.NoticeVersionGetPayload<{ select: typeof noticeChangeSelect }>;

/** A stored version as a public change; versions from before signing have no place in the stream. */
export function noticeChangeOf(row: ChangeRow, baseUrl: string): TNoticeChange {
  if (row.changeSeq === null || !row.signature) throw new Error(`notice ${row.noticeId} v${row.version} is not signed`);
  return {
    cursor: row.changeSeq.toString(),
    event: NOTICE_EVENTS[row.kind],
    url: noticeUrl(baseUrl, row.noticeId),
    document: documentOfVersion(row),
    signature: ZNoticeSignature.parse(JSON.parse(row.signature)),
  };
}

const MAX_CURSOR = 9_223_372_036_854_775_807n;

/** Cursors are the decimal change numbers; "0" (or none) starts from the beginning. */
export function parseCursor(since: string | undefined): bigint {
  if (since === undefined || since === "") return 0n;
  // 19 digits can still exceed the bigint column; such a value must be refused, not reach SQL.
  if (!/^\d{1,19}$/.test(since) || BigInt(since) > MAX_CURSOR) {
    throw new AppError(
      "INVALID_SINCE_CURSOR",
      `since must be a cursor returned by this API (a non-negative integer); got "${since}"`,
      { since },
    );
  }
  return BigInt(since);
}

/** Everything published, corrected or retracted after the cursor, in change order. */
export async function noticeChangesSince(
  db: Db,
  since: bigint,
  limit: number,
  baseUrl: string,
): Promise<TNoticeChangesPage> {
  const rows = await db.noticeVersion.findMany({
    where: { changeSeq: { gt: since }, signature: { not: null } },
    orderBy: { changeSeq: "asc" },
    take: limit + 1,
    select: noticeChangeSelect,
  });
  const page = rows.slice(0, limit).map((row) => noticeChangeOf(row, baseUrl));
  return { changes: page, nextCursor: page.at(-1)?.cursor ?? since.toString(), hasMore: rows.length > limit };
}
