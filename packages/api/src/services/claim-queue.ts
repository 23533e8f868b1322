import type { TClaimDetail, TClaimListInput, TClaimListRow } from "@tekser/contracts";
import { ZClaimListInput } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../errors.ts";

const claimListSelect = {
  id: true,
  title: true,
  lang: true,
  status: true,
  verdict: true,
  resurfaced: true,
  priority: true,
  firstSeenAt: true,
  assignee: { select: { id: true, displayName: true } },
  lockedBy: { select: { displayName: true } },
  lockedUntil: true,
  items: { select: { site: true }, distinct: ["site"] },
  _count: { select: { items: true } },
} satisfies Prisma.ClaimSelect;

/** One page of the review queue, filtered and sorted in the database. */
export async function listClaims(
  db: Db,
  rawInput: TClaimListInput,
  viewerId: string | null = null,
): Promise<{ rows: TClaimListRow[]; rowCount: number }> {
  const input = ZClaimListInput.parse(rawInput);
  const where = claimListWhere(input.filters ?? {}, viewerId);
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] = input.sort.map(({ id, desc }) =>
    id === "itemCount" ? { items: { _count: desc ? "desc" : "asc" } } : { [id]: desc ? "desc" : "asc" },
  );
  // A stable tiebreaker so pages never repeat or skip rows.
  if (input.sort.length === 0) orderBy.push({ firstSeenAt: "desc" });
  orderBy.push({ id: "asc" });
  const [rows, rowCount] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy,
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: claimListSelect,
    }),
    db.claim.count({ where }),
  ]);
  const now = new Date();
  return {
    rowCount,
    rows: rows.map((claim) => ({
      id: claim.id,
      title: claim.title,
      lang: claim.lang,
      status: claim.status,
      verdict: claim.verdict,
      resurfaced: claim.resurfaced,
      priority: claim.priority,
      itemCount: claim._count.items,
      sites: claim.items.map((item) => item.site),
      assignee: claim.assignee?.displayName ?? null,
      assigneeId: claim.assignee?.id ?? null,
      lockedBy: claim.lockedUntil && claim.lockedUntil > now ? (claim.lockedBy?.displayName ?? null) : null,
      firstSeenAt: claim.firstSeenAt.toISOString(),
    })),
  };
}

type ListFilters = NonNullable<ReturnType<typeof ZClaimListInput.parse>["filters"]>;

/** Queue filters as one Prisma where; text matches the claim title or any appearance's title or text. */
function claimListWhere(filters: ListFilters, viewerId: string | null): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filters.status?.length) and.push({ status: { in: filters.status } });
  if (filters.verdict?.length) and.push({ verdict: { in: filters.verdict } });
  if (filters.lang?.length) and.push({ lang: { in: filters.lang } });
  if (filters.priority?.length) and.push({ priority: { in: filters.priority } });
  if (filters.resurfaced !== undefined) and.push({ resurfaced: filters.resurfaced });
  if (filters.site) and.push({ items: { some: { site: { equals: filters.site, mode: "insensitive" } } } });
  if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee === "me") and.push({ assigneeId: viewerId ?? "00000000-0000-0000-0000-000000000000" });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.from) and.push({ firstSeenAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ firstSeenAt: { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } });
  if (filters.text) {
    const contains = { contains: filters.text, mode: "insensitive" } as const;
    and.push({ OR: [{ title: contains }, { items: { some: { OR: [{ title: contains }, { text: contains }] } } }] });
  }
  return and.length ? { AND: and } : {};
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
      rationale: true,
      status: true,
      authorId: true,
      author: { select: { displayName: true } },
      approver: { select: { displayName: true } },
      createdAt: true,
      decidedAt: true,
      returnComment: true,
      evidence: { select: { url: true, note: true, archivedHash: true } },
    },
  },
  notices: { select: { id: true, lang: true, status: true, publishedAt: true } },
} satisfies Prisma.ClaimSelect;

export async function getClaim(db: Db, id: string): Promise<TClaimDetail> {
  const claim = await db.claim.findUnique({ where: { id }, select: claimDetailSelect });
  if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${id}`);
  return {
    ...claim,
    firstSeenAt: claim.firstSeenAt.toISOString(),
    items: claim.items.map((item) => ({
      ...item,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      archivedAt: item.archivedAt?.toISOString() ?? null,
    })),
    reviews: claim.reviews.map(({ author, approver, ...review }) => ({
      ...review,
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
