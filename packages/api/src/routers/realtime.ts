import type { TRPCRouterRecord } from "@trpc/server";
import { staffProcedure } from "../trpc.ts";

/** Server-sent events: one message per committed, audited change, from any server instance. */
export const realtimeRouter = {
  changes: staffProcedure.subscription(async function* ({ ctx, signal }) {
    yield* ctx.changes.stream(signal);
  }),
} satisfies TRPCRouterRecord;
