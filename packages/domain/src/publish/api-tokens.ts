import { randomBytes } from "node:crypto";
import type { TApiTokenListInput, TApiTokenRow, TIssueApiTokenInput } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { hashToken } from "../accounts/sessions.ts";

/** A recognisable prefix lets secret scanners and people spot a leaked token. */
const TOKEN_PREFIX = "tks_";

/** Issues a token for a newsroom; the clear token is returned once and never stored. */
export async function issueApiToken(db: Db, actor: Actor & { id: string }, input: TIssueApiTokenInput) {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { newsroom: input.newsroom, tokenHash: hashToken(token), issuedById: actor.id },
      select: { id: true, newsroom: true },
    });
    await recordAudit(tx, actor, {
      action: "api_token.issue",
      subjectType: "api_token",
      subjectId: row.id,
      after: { newsroom: row.newsroom },
    });
    return { ...row, token };
  });
}

export async function revokeApiToken(db: Db, actor: Actor, input: { tokenId: string; reason: string }) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: input.tokenId },
      select: { revokedAt: true, newsroom: true },
    });
    if (!token)
      throw new AppError("TOKEN_NOT_FOUND", `No API token with id ${input.tokenId}`, { tokenId: input.tokenId });
    if (token.revokedAt)
      throw new AppError(
        "TOKEN_ALREADY_REVOKED",
        `This token was already revoked on ${token.revokedAt.toISOString()}`,
        { revokedAt: token.revokedAt.toISOString() },
      );
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: input.tokenId }, data: { revokedAt } });
    await recordAudit(tx, actor, {
      action: "api_token.revoke",
      subjectType: "api_token",
      subjectId: input.tokenId,
      before: { newsroom: token.newsroom, revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
      reason: input.reason,
    });
    return { revokedAt: revokedAt.toISOString() };
  });
}

/**
 * The newsroom behind a Bearer token. Unknown and revoked tokens are refused with a message
 * that tells the caller what to do (a revoked one names when it was revoked).
 */
export async function authenticateApiToken(
  db: Db,
  authorization: string | undefined,
): Promise<{ tokenId: string; newsroom: string }> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1])
    throw new AppError("API_TOKEN_MISSING", "Send the newsroom's API token as 'Authorization: Bearer <token>'");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    select: { id: true, newsroom: true, revokedAt: true },
  });
  if (!token)
    throw new AppError("API_TOKEN_UNKNOWN", "This API token is not known to Tekser; check it was copied whole");
  if (token.revokedAt) {
    throw new AppError(
      "API_TOKEN_REVOKED",
      `This API token was revoked on ${token.revokedAt.toISOString()}; ask the Tekser administrator for a new one`,
      {
        revokedAt: token.revokedAt.toISOString(),
      },
    );
  }
  return { tokenId: token.id, newsroom: token.newsroom };
}

const apiTokenRowSelect = {
  id: true,
  newsroom: true,
  createdAt: true,
  revokedAt: true,
  issuedBy: { select: { displayName: true } },
  _count: { select: { webhooks: true } },
} satisfies Prisma.ApiTokenSelect;

export async function listApiTokens(
  db: Db,
  input: TApiTokenListInput,
): Promise<{ rows: TApiTokenRow[]; rowCount: number }> {
  const status = input.filters?.status;
  const where: Prisma.ApiTokenWhereInput = status ? { revokedAt: status === "revoked" ? { not: null } : null } : {};
  const orderBy =
    input.sort.length > 0
      ? input.sort.map((sort) => ({ [sort.id]: sort.desc ? "desc" : "asc" }))
      : [{ createdAt: "desc" as const }];
  const [rows, rowCount] = await Promise.all([
    db.apiToken.findMany({
      where,
      orderBy,
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: apiTokenRowSelect,
    }),
    db.apiToken.count({ where }),
  ]);
  return {
    rowCount,
    rows: rows.map((row) => ({
      id: row.id,
      newsroom: row.newsroom,
      issuedBy: row.issuedBy.displayName,
      createdAt: row.createdAt.toISOString(),
      revokedAt: row.revokedAt?.toISOString() ?? null,
      webhooks: row._count.webhooks,
    })),
  };
}
