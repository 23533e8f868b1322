import type { TAppearance, TLang, TPublishedNotice, TPublishNoticeInput, TVerdict } from "@tekser/contracts";
import { ZPublishedNotice } from "@tekser/contracts";
import type { Db, Prisma, Tx } from "@tekser/db";
import { AppError } from "../errors.ts";
import { recordAudit, type Actor } from "./audit-log.ts";

/** The part of a published notice frozen into its version; status and translations are live. */
type NoticeSnapshot = Omit<TPublishedNotice, "id" | "status" | "updatedAt" | "translations">;

/** Publishes a notice on a decided claim in one language, as version 1. */
export async function publishNotice(db: Db, actor: Actor & { id: string }, input: TPublishNoticeInput): Promise<{ noticeId: string }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: {
        title: true,
        status: true,
        notices: { where: { lang: input.lang }, select: { id: true } },
        reviews: {
          where: { status: "approved" },
          orderBy: { decidedAt: "desc" },
          take: 1,
          select: {
            verdict: true,
            rationale: true,
            author: { select: { displayName: true } },
            approver: { select: { displayName: true } },
            evidence: { select: { url: true, note: true } },
          },
        },
      },
    });
    if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${input.claimId}`);
    const review = claim.reviews[0];
    if (!review || (claim.status !== "decided" && claim.status !== "published")) {
      throw new AppError("INVALID_TRANSITION", `Only a claim with an approved verdict can be published; this one is ${claim.status}`);
    }
    if (claim.notices.length > 0) {
      throw new AppError("CONFLICT", `A ${input.lang} notice on this claim is already published; correct it instead`);
    }
    const now = new Date();
    const appearances = await appearancesOf(tx, input.claimId);
    const snapshot: NoticeSnapshot = {
      lang: input.lang,
      version: 1,
      headline: input.headline,
      summary: input.summary,
      verdict: review.verdict,
      claimReviewed: claim.title,
      firstAppearance: appearances[0] ?? null,
      appearances,
      evidence: review.evidence,
      rationale: review.rationale,
      reviewers: [review.author.displayName, ...(review.approver ? [review.approver.displayName] : [])],
      publishedAt: now.toISOString(),
    };
    const notice = await tx.notice.create({
      data: {
        claimId: input.claimId,
        lang: input.lang,
        publishedAt: now,
        updatedAt: now,
        versions: {
          create: {
            version: 1,
            headline: input.headline,
            summary: input.summary,
            verdict: review.verdict,
            snapshot: snapshot as unknown as Prisma.InputJsonValue,
            createdById: actor.id,
          },
        },
      },
      select: { id: true },
    });
    await tx.claim.update({ where: { id: input.claimId }, data: { status: "published", revision: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "notice.publish",
      subjectType: "notice",
      subjectId: notice.id,
      before: { claimStatus: claim.status },
      after: { claimId: input.claimId, lang: input.lang, version: 1, verdict: review.verdict, headline: input.headline },
    });
    return { noticeId: notice.id };
  });
}

/** Where the claim appeared, earliest first (undated items last). */
async function appearancesOf(tx: Tx, claimId: string): Promise<TAppearance[]> {
  const items = await tx.item.findMany({
    where: { claimId },
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { ingestedAt: "asc" }],
    select: { url: true, site: true, title: true, lang: true, publishedAt: true, author: true, ingestedAt: true },
  });
  return items.map((item) => ({
    url: item.url,
    site: item.site,
    title: item.title,
    lang: item.lang as TLang,
    publishedAt: (item.publishedAt ?? item.ingestedAt).toISOString(),
    author: item.author,
  }));
}

const noticeSelect = {
  id: true,
  status: true,
  updatedAt: true,
  currentVersion: true,
  claim: { select: { notices: { select: { id: true, lang: true } } } },
  versions: { select: { version: true, snapshot: true }, orderBy: { version: "desc" }, take: 1 },
} satisfies Prisma.NoticeSelect;

function toPublishedNotice(notice: Prisma.NoticeGetPayload<{ select: typeof noticeSelect }>): TPublishedNotice {
  const snapshot = notice.versions[0]?.snapshot as unknown as NoticeSnapshot;
  return ZPublishedNotice.parse({
    ...snapshot,
    id: notice.id,
    status: notice.status,
    updatedAt: notice.updatedAt.toISOString(),
    translations: notice.claim.notices
      .filter((sibling) => sibling.id !== notice.id)
      .map((sibling) => ({ id: sibling.id, lang: sibling.lang })),
  });
}

export async function loadPublishedNotice(db: Db, id: string): Promise<TPublishedNotice | null> {
  const notice = await db.notice.findUnique({ where: { id }, select: noticeSelect });
  return notice ? toPublishedNotice(notice) : null;
}

/** The newest notices for the public feeds, optionally of one language and verdict. */
export async function listPublishedNotices(
  db: Db,
  filter: { lang?: TLang | undefined; verdict?: TVerdict | undefined; limit: number },
): Promise<TPublishedNotice[]> {
  const notices = await db.notice.findMany({
    where: {
      ...(filter.lang ? { lang: filter.lang } : {}),
      ...(filter.verdict ? { versions: { some: { verdict: filter.verdict } } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: filter.limit,
    select: noticeSelect,
  });
  return notices.map(toPublishedNotice);
}
