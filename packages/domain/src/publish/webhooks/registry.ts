import { randomBytes } from "node:crypto";
import type { TRegisterWebhookInput, TWebhookDeliveryListInput, TWebhookDeliveryRow } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../../shared/errors.ts";
import { recordAudit, type Actor } from "../../audit/audit-log.ts";
import { assertRegistrableUrl, type OutboundPolicy } from "../../shared/outbound/url-guard.ts";

/** Every publication is POSTed to each webhook: a token may not multiply Tekser's outbound requests at will. */
export const MAX_WEBHOOKS_PER_TOKEN = 10;

/**
 * Registers a newsroom's webhook; the HMAC secret is returned once. The actor is a dashboard
 * user, or the newsroom itself when it registers through the pull API with its token. A URL
 * pointing inside Tekser's network is refused here, and again at every delivery.
 */
export async function registerWebhook(db: Db, actor: Actor, input: TRegisterWebhookInput, outbound: OutboundPolicy) {
  await assertRegistrableUrl(input.url, outbound);
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    // Row lock: two registrations racing on one token are counted one after the other.
    await tx.$queryRaw`SELECT id FROM "ApiToken" WHERE id = ${input.tokenId}::uuid FOR UPDATE`;
    const token = await tx.apiToken.findUnique({
      where: { id: input.tokenId },
      select: { revokedAt: true, newsroom: true },
    });
    if (!token)
      throw new AppError("TOKEN_NOT_FOUND", `No API token with id ${input.tokenId}`, { tokenId: input.tokenId });
    if (token.revokedAt)
      throw new AppError("TOKEN_REVOKED", "This newsroom's token is revoked; issue a new token first");
    const active = await tx.webhook.count({ where: { tokenId: input.tokenId, active: true } });
    if (active >= MAX_WEBHOOKS_PER_TOKEN) {
      throw new AppError(
        "WEBHOOK_LIMIT",
        `${token.newsroom} already has ${active} active webhooks, the most one token may have; turn one off on the Newsrooms page before registering another`,
        { field: "url", limit: MAX_WEBHOOKS_PER_TOKEN, newsroom: token.newsroom },
      );
    }
    const webhook = await tx.webhook.create({
      data: { tokenId: input.tokenId, url: input.url, secret, createdById: actor.id },
      select: { id: true, url: true },
    });
    await recordAudit(tx, actor, {
      action: "webhook.register",
      subjectType: "webhook",
      subjectId: webhook.id,
      after: { newsroom: token.newsroom, url: webhook.url },
    });
    return { ...webhook, secret };
  });
}

export async function deactivateWebhook(db: Db, actor: Actor, webhookId: string) {
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { active: true, url: true } });
    if (!webhook) throw new AppError("WEBHOOK_NOT_FOUND", `No webhook with id ${webhookId}`, { webhookId });
    if (!webhook.active) throw new AppError("WEBHOOK_ALREADY_OFF", "This webhook is already turned off");
    await tx.webhook.update({ where: { id: webhookId }, data: { active: false } });
    await recordAudit(tx, actor, {
      action: "webhook.deactivate",
      subjectType: "webhook",
      subjectId: webhookId,
      before: { active: true, url: webhook.url },
      after: { active: false },
    });
    return { ok: true };
  });
}

const webhookRowSelect = {
  id: true,
  tokenId: true,
  url: true,
  active: true,
  createdAt: true,
  token: { select: { newsroom: true } },
} satisfies Prisma.WebhookSelect;

export async function listWebhooks(db: Db) {
  const rows = await db.webhook.findMany({ orderBy: { createdAt: "desc" }, select: webhookRowSelect });
  return rows.map((row) => ({
    id: row.id,
    tokenId: row.tokenId,
    newsroom: row.token.newsroom,
    url: row.url,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  }));
}

const deliveryRowSelect = {
  id: true,
  noticeId: true,
  version: true,
  attempts: true,
  lastStatus: true,
  lastError: true,
  lastAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  webhook: { select: { url: true, token: { select: { newsroom: true } } } },
  noticeVersion: { select: { notice: { select: { claimId: true } } } },
} satisfies Prisma.WebhookDeliverySelect;

/** Delivery history, newest first, for the dashboard. */
export async function listWebhookDeliveries(
  db: Db,
  input: TWebhookDeliveryListInput,
  /** Limits the history to one newsroom's webhooks (the pull API's own view). */
  tokenId?: string,
): Promise<{ rows: TWebhookDeliveryRow[]; rowCount: number }> {
  const filters = input.filters ?? {};
  const where: Prisma.WebhookDeliveryWhereInput = {
    ...(tokenId ? { webhook: { tokenId } } : {}),
    ...(filters.webhookId ? { webhookId: filters.webhookId } : {}),
    ...(filters.state ? { deliveredAt: filters.state === "delivered" ? { not: null } : null } : {}),
  };
  const desc = input.sort[0]?.desc ?? true;
  const [rows, rowCount] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: desc ? "desc" : "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: deliveryRowSelect,
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return {
    rowCount,
    rows: rows.map((row) => ({
      id: row.id,
      newsroom: row.webhook.token.newsroom,
      url: row.webhook.url,
      noticeId: row.noticeId,
      claimId: row.noticeVersion.notice.claimId,
      version: row.version,
      attempts: row.attempts,
      lastStatus: row.lastStatus,
      lastError: row.lastError,
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
