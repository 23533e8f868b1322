import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { httpUrlField } from "./http-url.ts";
import { tablePage, tableQuery } from "./table.ts";

/** Editor pull API tokens and webhooks, issued per newsroom. */
export const ZIssueApiTokenInput = z.object({
  newsroom: z.string().trim().min(2, validationMessage("newsroom.nameRequired")).max(120),
});
export type TIssueApiTokenInput = z.infer<typeof ZIssueApiTokenInput>;

/** The token in clear appears only in this answer; Tekser keeps its SHA-256. */
export const ZIssuedApiToken = z.object({ id: z.string(), newsroom: z.string(), token: z.string() });

export const ZRevokeApiTokenInput = z.object({
  tokenId: z.uuid(),
  reason: z.string().trim().min(1, validationMessage("newsroom.revokeReasonRequired")).max(500),
});

export const ZApiTokenListInput = tableQuery(["newsroom", "createdAt"], { status: z.enum(["active", "revoked"]) });
export type TApiTokenListInput = z.infer<typeof ZApiTokenListInput>;
export const ZApiTokenRow = z.object({
  id: z.string(),
  newsroom: z.string(),
  issuedBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  webhooks: z.number().int(),
});
export type TApiTokenRow = z.infer<typeof ZApiTokenRow>;
export const ZApiTokenListOutput = tablePage(ZApiTokenRow);

export const ZRegisterWebhookInput = z.object({
  tokenId: z.uuid(),
  url: httpUrlField(validationMessage("webhook.urlInvalid")).max(2000),
});
export type TRegisterWebhookInput = z.infer<typeof ZRegisterWebhookInput>;
/** The secret in clear appears only in this answer. */
export const ZRegisteredWebhook = z.object({ id: z.string(), url: z.string(), secret: z.string() });

export const ZDeactivateWebhookInput = z.object({ webhookId: z.uuid() });

export const ZWebhookDeliveryListInput = tableQuery(["createdAt"], {
  webhookId: z.uuid(),
  state: z.enum(["delivered", "pending"]),
});
export type TWebhookDeliveryListInput = z.infer<typeof ZWebhookDeliveryListInput>;
export const ZWebhookDeliveryRow = z.object({
  id: z.string(),
  newsroom: z.string(),
  url: z.string(),
  noticeId: z.string(),
  /** The notice's claim, for the History link to its audit timeline; not sent to newsrooms. */
  claimId: z.string(),
  version: z.number().int(),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhookDeliveryRow = z.infer<typeof ZWebhookDeliveryRow>;
export const ZWebhookDeliveryListOutput = tablePage(ZWebhookDeliveryRow);

export const ZWebhookRow = z.object({
  id: z.string(),
  tokenId: z.string(),
  newsroom: z.string(),
  url: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
});
export const ZWebhookListOutput = z.array(ZWebhookRow);
