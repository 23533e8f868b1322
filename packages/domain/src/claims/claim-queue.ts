import type { TClaimDetail, TClaimListInput, TClaimListOutput, TClaimListRow } from "@tekser/contracts";
import { CLAIM_COUNT_CAP, ZChecklistTick, ZClaimListInput } from "@tekser/contracts";
import { Prisma, type Db, type Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { chooseTextPlan } from "./claim-queue-plan.ts";
import { CLAIM_VERDICT_LABEL } from "./claim-verdict-label.ts";
import {
  matchingClaims,
  queueConditions,
  queueOrder,
  queueWhere,
  type QueueConditions,
  type TextPlan,
} from "./claim-queue-sql.ts";

interface QueueRow {
  id: string;
  title: string;
  lang: string;
  status: TClaimListRow["status"];
  verdict: TClaimListRow["verdict"];
  verdictLabelId: string | null;
  resurfaced: boolean;
  priority: number;
  itemCount: number;
  sites: string[];
  assignee: string | null;
  assigneeId: string | null;
  lockedBy: string | null;
  firstSeenAt: Date;
  tagIds: string[];
}

/**
 * How far the queue counts, below how many matches (all found by the count) it sorts just those
 * claims rather than reading the sort index, and (tests only) how a text filter with other
 * filters is read, which estimates choose otherwise (claim-queue-plan.ts).
 */
export interface QueueLimits {
  countCap: number;
  fewMatches: number;
  textPlan?: TextPlan;
}

// Up to the cap, the count has every match's id: sorting those claims costs less than reading the sort index.
const QUEUE_LIMITS: QueueLimits = { countCap: CLAIM_COUNT_CAP, fewMatches: CLAIM_COUNT_CAP + 1 };

/**
 * One page of the review queue, filtered and sorted in the database, with the number of
 * matching claims counted up to the cap. The limits only choose speed, never which claims
 * match: tests lower them to check that.
 */
export async function listClaims(
  db: Db,
  rawInput: TClaimListInput,
  viewerId: string | null = null,
  { countCap, fewMatches, textPlan }: QueueLimits = QUEUE_LIMITS,
): Promise<TClaimListOutput> {
  const input = ZClaimListInput.parse(rawInput);
  const conditions = queueConditions(input.filters ?? {}, viewerId);
  const { matches, rows } = await withTextPlans(db, Boolean(conditions.text), async (tx) => {
    const plan = textPlan ?? (await chooseTextPlan(tx, conditions, countCap + 1));
    const { matches, ids } = await matchesUpTo(tx, conditions, plan, countCap + 1);
    const page = matches >= fewMatches ? "walk" : (ids ?? plan);
    return { matches, rows: await queuePage(tx, conditions, queueOrder(input.sort), input, page) };
  });
  return {
    rowCount: Math.min(matches, countCap),
    rowCountCapped: matches > countCap,
    rows: rows.map(({ firstSeenAt, ...claim }) => ({ ...claim, firstSeenAt: firstSeenAt.toISOString() })),
  };
}

/**
 * Runs the queue's statements; with words, in a transaction without sequential scans. The
 * planner cannot tell how common a word prefix is, and misled it reads the table from the
 * start testing each row (~90 ms to find a thousand claims of a word in one claim in fourteen
 * at 100k items), where the text indexes find them in a tenth of that.
 */
async function withTextPlans<T>(db: Db, byWords: boolean, run: (tx: Db | Tx) => Promise<T>): Promise<T> {
  if (!byWords) return run(db);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return run(tx);
  });
}

/**
 * How many claims match, stopping at `limit` (with words, after as few index buckets as that
 * takes), and, with words, when that is all of them, their ids: the page then reads just those
 * claims instead of matching the words again. Without words the count can often be read from
 * an index alone (a status, a verdict), which the ids would spoil.
 */
async function matchesUpTo(
  db: Db | Tx,
  conditions: QueueConditions,
  plan: TextPlan,
  limit: number,
): Promise<{ matches: number; ids: string[] | null }> {
  if (!conditions.text) {
    const rows = await db.$queryRaw<{ n: number }[]>(
      Prisma.sql`SELECT count(*)::int AS n FROM (${matchingClaims(conditions, Prisma.sql`1`)} LIMIT ${limit}) matching`,
    );
    return { matches: rows[0]?.n ?? 0, ids: null };
  }
  const [row] = await db.$queryRaw<{ n: number; ids: string[] | null }[]>(Prisma.sql`
    SELECT count(*)::int AS n, CASE WHEN count(*) < ${limit} THEN coalesce(array_agg(id), ARRAY[]::uuid[]) END AS ids
    FROM (${matchingClaims(conditions, Prisma.sql`c."id"`, plan)} LIMIT ${limit}) matching`);
  return { matches: row?.n ?? 0, ids: row?.ids ?? null };
}

/**
 * The page's claims: among the ids of every match, when the count found them all; among every
 * match, collected first by `plan` (OFFSET 0 keeps the planner from walking the whole sort index
 * looking for them), when they are few; else found by reading the sort index until the page is
 * full.
 */
async function queuePage(
  db: Db | Tx,
  conditions: QueueConditions,
  order: Prisma.Sql,
  input: { page: number; perPage: number },
  page: string[] | TextPlan | "walk",
): Promise<QueueRow[]> {
  const offset = (input.page - 1) * input.perPage;
  const among = (claims: Prisma.Sql) =>
    Prisma.sql`(SELECT * FROM (${claims}) c ORDER BY ${order} LIMIT ${input.perPage} OFFSET ${offset})`;
  const claims = Array.isArray(page)
    ? among(Prisma.sql`SELECT c.* FROM "Claim" c WHERE c."id" = ANY(${page}::uuid[])`)
    : page === "walk"
      ? among(Prisma.sql`SELECT c.* FROM "Claim" c WHERE ${queueWhere(conditions)}`)
      : among(Prisma.sql`${matchingClaims(conditions, Prisma.sql`c.*`, page)} OFFSET 0`);
  return db.$queryRaw<QueueRow[]>(Prisma.sql`
    SELECT c."id", c."title", c."lang", c."status", c."verdict", ${CLAIM_VERDICT_LABEL} AS "verdictLabelId", c."resurfaced", c."priority", c."itemCount",
           coalesce(c."sites", ARRAY[]::text[]) AS "sites", a."displayName" AS "assignee", c."assigneeId",
           CASE WHEN c."lockedUntil" > now() THEN l."displayName" END AS "lockedBy", c."firstSeenAt",
           coalesce(c."tagIds", ARRAY[]::uuid[]) AS "tagIds"
    FROM ${claims} c
    LEFT JOIN "User" a ON a."id" = c."assigneeId"
    LEFT JOIN "User" l ON l."id" = c."lockedById"
    ORDER BY ${order}`);
}

const claimDetailSelect = {
  id: true,
  title: true,
  lang: true,
  status: true,
  verdict: true,
  priority: true,
  revision: true,
  firstSeenAt: true,
  items: {
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { ingestedAt: "asc" }],
    select: {
      id: true,
      kind: true,
      site: true,
      url: true,
      title: true,
      text: true,
      lang: true,
      author: true,
      originalSource: true,
      views: true,
      publishedAt: true,
      archivedAt: true,
    },
  },
  reviews: {
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      verdict: true,
      verdictLabelId: true,
      rationale: true,
      status: true,
      authorId: true,
      author: { select: { displayName: true } },
      approver: { select: { displayName: true } },
      createdAt: true,
      decidedAt: true,
      returnComment: true,
      evidence: { select: { url: true, note: true, archivedHash: true, snapshotText: true, snapshotHash: true } },
      checklist: true,
    },
  },
  tagIds: true,
  notices: { select: { id: true, lang: true, status: true, publishedAt: true } },
} satisfies Prisma.ClaimSelect;

export async function getClaim(db: Db, id: string): Promise<TClaimDetail> {
  const claim = await db.claim.findUnique({ where: { id }, select: claimDetailSelect });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${id}`, { claimId: id });
  return {
    ...claim,
    firstSeenAt: claim.firstSeenAt.toISOString(),
    items: claim.items.map((item) => ({
      ...item,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      archivedAt: item.archivedAt?.toISOString() ?? null,
    })),
    reviews: claim.reviews.map(({ author, approver, checklist, ...review }) => ({
      ...review,
      checklist: ZChecklistTick.array().parse(checklist),
      author: author.displayName,
      approver: approver?.displayName ?? null,
      createdAt: review.createdAt.toISOString(),
      decidedAt: review.decidedAt?.toISOString() ?? null,
    })),
    notices: claim.notices.map((notice) => ({
      ...notice,
      lang: notice.lang as TClaimDetail["notices"][number]["lang"],
      publishedAt: notice.publishedAt.toISOString(),
    })),
  };
}
