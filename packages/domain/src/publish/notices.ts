import type { TLang, TPublishedNotice, TPublishNoticeInput, TVerdict } from "@tekser/contracts";
import { ZPublishedNotice } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { evidenceArchiveState } from "./evidence-archive.ts";
import { appendNoticeVersion } from "./append-version.ts";
import { transitionClaim } from "../claims/claim-transition.ts";
import { currentClaimContent } from "./claim-content.ts";
import { headlineWithoutTeamLabels } from "./headline-labels.ts";
import { NO_QUEUE, type PublishingDeps } from "./deps.ts";
import { documentOfVersion, noticeVersionDocumentSelect, signedVersion } from "./notice-document.ts";
import { activeSigningKey } from "./signing-keys.ts";

/** Publishes a notice on a decided claim in one language, as signed version 1. */
export async function publishNotice(
  db: Db,
  actor: Actor & { id: string },
  input: TPublishNoticeInput,
  deps: PublishingDeps = NO_QUEUE,
): Promise<{ noticeId: string }> {
  const key = await activeSigningKey(db, deps.signingKeyPem);
  return db.$transaction(async (tx) => {
    // First, under the claim's row lock: a reopen committing meanwhile is seen, not written over.
    const { before } = await transitionClaim(tx, input.claimId, "publish");
    const status = before.status;
    const { content } = await currentClaimContent(tx, input.claimId);
    const existing = await tx.notice.findUnique({
      where: { claimId_lang: { claimId: input.claimId, lang: input.lang } },
      select: { id: true },
    });
    if (existing)
      throw new AppError(
        "NOTICE_ALREADY_PUBLISHED",
        `A ${input.lang} notice on this claim is already published; correct it instead`,
        { lang: input.lang },
      );
    const headline = await headlineWithoutTeamLabels(tx, input.headline);
    const now = new Date();
    const notice = await tx.notice.create({
      data: { claimId: input.claimId, lang: input.lang, publishedAt: now, updatedAt: now },
      select: { id: true },
    });
    await appendNoticeVersion(tx, deps, key, {
      noticeId: notice.id,
      kind: "publication",
      createdById: actor.id,
      document: {
        id: notice.id,
        lang: input.lang,
        version: 1,
        kind: "publication",
        status: "published",
        headline,
        summary: input.summary,
        ...content,
        publishedAt: now.toISOString(),
        versionAt: now.toISOString(),
        changeNote: null,
      },
    });
    await recordAudit(tx, actor, {
      action: "notice.publish",
      subjectType: "notice",
      subjectId: notice.id,
      before: { claimStatus: status },
      after: { claimId: input.claimId, lang: input.lang, version: 1, verdict: content.verdict, headline },
    });
    return { noticeId: notice.id };
  });
}

const noticeSelect = {
  id: true,
  status: true,
  updatedAt: true,
  claim: { select: { notices: { select: { id: true, lang: true } } } },
  versions: { select: noticeVersionDocumentSelect, orderBy: { version: "asc" } },
} satisfies Prisma.NoticeSelect;

function toPublishedNotice(notice: Prisma.NoticeGetPayload<{ select: typeof noticeSelect }>): TPublishedNotice {
  const current = notice.versions.at(-1);
  if (!current) throw new Error(`notice ${notice.id} has no versions`);
  const { kind: _kind, versionAt: _versionAt, changeNote: _changeNote, ...document } = documentOfVersion(current);
  return ZPublishedNotice.parse({
    ...document,
    status: notice.status,
    updatedAt: notice.updatedAt.toISOString(),
    translations: notice.claim.notices
      .filter((sibling) => sibling.id !== notice.id)
      .map((sibling) => ({ id: sibling.id, lang: sibling.lang })),
    history: notice.versions.map((version) => ({
      version: version.version,
      kind: version.kind,
      changeNote: version.changeNote,
      at: version.createdAt.toISOString(),
    })),
    signed: signedVersion(current),
  });
}

/** One notice for its page, with the archive state of its sources as it is now. */
export async function loadPublishedNotice(db: Db, id: string): Promise<TPublishedNotice | null> {
  const row = await db.notice.findUnique({ where: { id }, select: noticeSelect });
  if (!row) return null;
  const notice = toPublishedNotice(row);
  // Archives complete after publication, so they are looked up live, outside the signed document.
  const archives = await evidenceArchiveState(
    db,
    notice.evidence.flatMap((evidence) => (evidence.id ? [evidence.id] : [])),
  );
  const evidence = notice.evidence.map((item) => ({ ...item, ...(item.id ? archives.get(item.id) : undefined) }));
  return { ...notice, evidence };
}

/** The newest notices for the public feeds, optionally of one language and current verdict. */
export async function listPublishedNotices(
  db: Db,
  filter: { lang?: TLang | undefined; verdict?: TVerdict | undefined; limit: number },
): Promise<TPublishedNotice[]> {
  // The verdict filter applies to the current version (a correction may have changed it),
  // which only a join on currentVersion can express; the page of ids is then loaded whole.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT n.id::text AS id
    FROM "Notice" n
    JOIN "NoticeVersion" v ON v."noticeId" = n.id AND v.version = n."currentVersion"
    WHERE (${filter.lang ?? null}::text IS NULL OR n.lang = ${filter.lang ?? null}::text)
      AND (${filter.verdict ?? null}::text IS NULL OR v.verdict::text = ${filter.verdict ?? null}::text)
    ORDER BY n."updatedAt" DESC, n.id ASC
    LIMIT ${filter.limit}`;
  const ids = rows.map((row) => row.id);
  const notices = await db.notice.findMany({ where: { id: { in: ids } }, select: noticeSelect });
  const byId = new Map(notices.map((notice) => [notice.id, notice]));
  return ids.flatMap((id) => {
    const notice = byId.get(id);
    return notice ? [toPublishedNotice(notice)] : [];
  });
}
