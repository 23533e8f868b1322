import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZApiTokenListInput,
  ZApiTokenListOutput,
  ZDeactivateWebhookInput,
  ZIssueApiTokenInput,
  ZIssuedApiToken,
  ZRegisterWebhookInput,
  ZRegisteredWebhook,
  ZRevokeApiTokenInput,
  ZWebhookDeliveryListInput,
  ZWebhookDeliveryListOutput,
  ZWebhookListOutput,
} from "@tekser/contracts";
import { z } from "zod";
import { issueApiToken, listApiTokens, revokeApiToken } from "@tekser/domain/publish/api-tokens.ts";
import {
  deactivateWebhook,
  listWebhooks,
  listWebhookDeliveries,
  registerWebhook,
} from "@tekser/domain/publish/webhooks/registry.ts";
import { adminProcedure, editorProcedure } from "../trpc.ts";

/** Newsrooms' access to published notices: pull-API tokens (admin) and webhooks (editors). */
export const newsroomRouter = {
  issueToken: adminProcedure
    .input(ZIssueApiTokenInput)
    .output(ZIssuedApiToken)
    .mutation(({ ctx, input }) => issueApiToken(ctx.db, ctx.actor, input)),
  revokeToken: adminProcedure
    .input(ZRevokeApiTokenInput)
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.actor, input)),
  listTokens: editorProcedure
    .input(ZApiTokenListInput)
    .output(ZApiTokenListOutput)
    .query(({ ctx, input }) => listApiTokens(ctx.db, input)),
  registerWebhook: editorProcedure
    .input(ZRegisterWebhookInput)
    .output(ZRegisteredWebhook)
    .mutation(({ ctx, input }) => registerWebhook(ctx.db, ctx.actor, input, ctx.outbound)),
  deactivateWebhook: editorProcedure
    .input(ZDeactivateWebhookInput)
    .mutation(({ ctx, input }) => deactivateWebhook(ctx.db, ctx.actor, input.webhookId)),
  listWebhooks: editorProcedure
    .input(z.object({}).optional())
    .output(ZWebhookListOutput)
    .query(({ ctx }) => listWebhooks(ctx.db)),
  listDeliveries: editorProcedure
    .input(ZWebhookDeliveryListInput)
    .output(ZWebhookDeliveryListOutput)
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.db, input)),
} satisfies TRPCRouterRecord;
