import type { TRPCRouterRecord } from "@trpc/server";
import { ZPublishNoticeInput } from "@tekser/contracts";
import { publishNotice } from "../services/notices.ts";
import { editorProcedure } from "../trpc.ts";
import { actorOf } from "./auth.ts";

export const noticeRouter = {
  publish: editorProcedure
    .input(ZPublishNoticeInput)
    .mutation(({ ctx, input }) => publishNotice(ctx.db, actorOf(ctx.user), input)),
} satisfies TRPCRouterRecord;
