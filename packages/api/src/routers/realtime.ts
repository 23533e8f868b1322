import type { TRPCRouterRecord } from "@trpc/server";
import { changesForSession } from "@tekser/domain/accounts/realtime-stream.ts";
import { staffProcedure } from "../trpc.ts";

/**
 * Server-sent events: one message per committed, audited change, from any server instance, of
 * the kinds the subscriber's role may see, until the subscriber's session ends.
 */
export const realtimeRouter = {
  changes: staffProcedure.subscription(async function* ({ ctx, signal }) {
    yield* changesForSession(ctx.db, ctx.changes, { user: ctx.user, sessionToken: ctx.cookie.read() }, signal);
  }),
} satisfies TRPCRouterRecord;
