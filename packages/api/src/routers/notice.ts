import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZCorrectNoticeInput,
  ZNoticeByIdInput,
  ZPublishNoticeInput,
  ZPublishedNotice,
  ZRetractNoticeInput,
} from "@tekser/contracts";
import { AppError } from "@tekser/domain/shared/errors.ts";
import { correctNotice, retractNotice } from "@tekser/domain/publish/notice-corrections.ts";
import { loadPublishedNotice, publishNotice } from "@tekser/domain/publish/notices.ts";
import { editorProcedure, transitionProcedure } from "../trpc.ts";

export const noticeRouter = {
  publish: transitionProcedure("publish")
    .input(ZPublishNoticeInput)
    .mutation(({ ctx, input }) => publishNotice(ctx.db, ctx.actor, input, ctx.publishing)),
  byId: editorProcedure
    .input(ZNoticeByIdInput)
    .output(ZPublishedNotice)
    .query(async ({ ctx, input }) => {
      const notice = await loadPublishedNotice(ctx.db, input.noticeId);
      if (!notice)
        throw new AppError("NOTICE_NOT_FOUND", `No notice with id ${input.noticeId}`, { noticeId: input.noticeId });
      return notice;
    }),
  correct: editorProcedure
    .input(ZCorrectNoticeInput)
    .mutation(({ ctx, input }) => correctNotice(ctx.db, ctx.actor, input, ctx.publishing)),
  retract: editorProcedure
    .input(ZRetractNoticeInput)
    .mutation(({ ctx, input }) => retractNotice(ctx.db, ctx.actor, input, ctx.publishing)),
} satisfies TRPCRouterRecord;
