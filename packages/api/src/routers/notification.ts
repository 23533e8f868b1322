import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZMailStatus,
  ZMarkNotificationReadInput,
  ZNotificationList,
  ZNotificationListInput,
  ZNotificationPreferences,
  ZNotificationSettings,
  ZTelegramLinkCode,
  ZUpdateMailSettingsInput,
  ZEmailVerificationSent,
  ZEmailVerified,
  ZVerifyEmailInput,
} from "@tekser/contracts";
import { z } from "zod";
import { sendEmailVerification, verifyEmail } from "@tekser/domain/notifications/email-verification.ts";
import { mailStatus, updateMailSettings } from "@tekser/domain/notifications/mail-settings.ts";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@tekser/domain/notifications/notification-inbox.ts";
import {
  notificationSettings,
  updateNotificationPreferences,
} from "@tekser/domain/notifications/notification-preferences.ts";
import { createTelegramLinkCode, unlinkTelegram } from "@tekser/domain/notifications/telegram-link.ts";
import { adminProcedure, publicProcedure, staffProcedure } from "../trpc.ts";

/** The signed-in user's own notifications and delivery choices (`ctx.user`'s alone), and the desk's SMTP settings. */
export const notificationRouter = {
  list: staffProcedure
    .input(ZNotificationListInput)
    .output(ZNotificationList)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  markRead: staffProcedure.input(ZMarkNotificationReadInput).mutation(async ({ ctx, input }) => {
    await markNotificationRead(ctx.db, ctx.actor, input.id);
    return { ok: true };
  }),

  markAllRead: staffProcedure
    .output(z.object({ marked: z.number().int() }))
    .mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),

  settings: staffProcedure.output(ZNotificationSettings).query(({ ctx }) => notificationSettings(ctx.db, ctx.user.id)),

  updatePreferences: staffProcedure
    .input(ZNotificationPreferences)
    .output(ZNotificationSettings)
    .mutation(({ ctx, input }) => updateNotificationPreferences(ctx.db, ctx.site.baseUrl, ctx.actor, input)),

  /** A new link to verify the user's address (a new address gets one when it is saved). */
  sendEmailVerification: staffProcedure
    .output(ZEmailVerificationSent)
    .mutation(({ ctx }) => sendEmailVerification(ctx.db, ctx.site.baseUrl, ctx.actor)),

  /** Opens a verification link: no sign-in needed, the token is the proof (the link may be opened on a phone). */
  verifyEmail: publicProcedure
    .input(ZVerifyEmailInput)
    .output(ZEmailVerified)
    .mutation(({ ctx, input }) => verifyEmail(ctx.db, input.token)),

  /** A one-time code to send to the desk's bot, which then delivers this user's notifications to that chat. */
  telegramLinkCode: staffProcedure
    .output(ZTelegramLinkCode)
    .mutation(({ ctx }) => createTelegramLinkCode(ctx.db, ctx.actor)),

  unlinkTelegram: staffProcedure.mutation(async ({ ctx }) => {
    await unlinkTelegram(ctx.db, ctx.actor);
    return { ok: true };
  }),

  mailStatus: adminProcedure.output(ZMailStatus).query(({ ctx }) => mailStatus(ctx.db)),

  updateMailSettings: adminProcedure
    .input(ZUpdateMailSettingsInput)
    .output(ZMailStatus)
    .mutation(({ ctx, input }) => updateMailSettings(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
