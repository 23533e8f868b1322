import type { TRPCRouterRecord } from "@trpc/server";
import { ZMarkNotificationReadInput, ZNotificationList, ZNotificationListInput } from "@tekser/contracts";
import { z } from "zod";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@tekser/domain/notifications/notification-inbox.ts";
import { staffProcedure } from "../trpc.ts";
import { actorOf } from "./auth.ts";

/** The signed-in user's own notifications: every procedure acts on `ctx.user`'s alone. */
export const notificationRouter = {
  list: staffProcedure
    .input(ZNotificationListInput)
    .output(ZNotificationList)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  markRead: staffProcedure.input(ZMarkNotificationReadInput).mutation(async ({ ctx, input }) => {
    await markNotificationRead(ctx.db, actorOf(ctx.user), input.id);
    return { ok: true };
  }),

  markAllRead: staffProcedure.output(z.object({ marked: z.number().int() })).mutation(({ ctx }) => markAllNotificationsRead(ctx.db, actorOf(ctx.user))),
} satisfies TRPCRouterRecord;
