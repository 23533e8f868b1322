import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";

/**
 * What a user is told about. The first four come from review work, the last two from the system:
 * a source whose polls keep failing, and a claim already judged fake that is spreading again.
 */
export const NOTIFICATION_KINDS = [
  "assigned",
  "mentioned",
  "secondReviewWaiting",
  "verdictReturned",
  "sourceFailing",
  "fakeResurfaced",
] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const NOTIFICATION_CHANNELS = ["email", "telegram"] as const;
export type TNotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a notification's text is made of beyond its kind (all optional: kinds use different parts). */
export const ZNotificationDetail = z.object({
  claimTitle: z.string().optional(),
  excerpt: z.string().optional(),
  sourceName: z.string().optional(),
  failures: z.number().int().optional(),
});
export type TNotificationDetail = z.infer<typeof ZNotificationDetail>;

export const ZNotification = z.object({
  id: z.string(),
  kind: ZNotificationKind,
  claimId: z.string().nullable(),
  actor: z.object({ username: z.string(), displayName: z.string() }).nullable(),
  detail: ZNotificationDetail,
  createdAt: z.string(),
  read: z.boolean(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListInput = z.object({ unreadOnly: z.boolean().default(false) });
export const ZNotificationList = z.object({ rows: z.array(ZNotification), unread: z.number().int() });
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZMarkNotificationReadInput = z.object({ id: z.uuid() });

/** An admin sets a colleague's notification address; "" removes it. */
export const ZSetUserEmailInput = z.object({
  userId: z.uuid(),
  email: z.union([z.literal(""), z.email(validationMessage("notifications.emailInvalid")).max(254)]),
});
export type TSetUserEmailInput = z.infer<typeof ZSetUserEmailInput>;

/** A user's choices: where they are reached and which kinds go to each channel. */
export const ZNotificationPreferences = z.object({
  email: z.union([z.literal(""), z.email(validationMessage("notifications.emailInvalid")).max(254)]),
  emailKinds: z.array(ZNotificationKind).max(NOTIFICATION_KINDS.length),
  telegramKinds: z.array(ZNotificationKind).max(NOTIFICATION_KINDS.length),
});
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

export const ZNotificationSettings = ZNotificationPreferences.extend({
  /** Whether the address has been shown to reach its owner; e-mail goes only to a verified address. */
  emailVerified: z.boolean(),
  /** When the newest live verification link for the address was sent, if one is waiting to be opened. */
  verificationSentAt: z.string().nullable(),
  telegramLinked: z.boolean(),
  /** Whether the desk has set up each channel; a channel not set up delivers nothing. */
  emailAvailable: z.boolean(),
  telegramAvailable: z.boolean(),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;

/** The token of an e-mail verification link, as the link carries it. */
export const ZVerifyEmailInput = z.object({ token: z.string().trim().min(1).max(200) });
export const ZEmailVerified = z.object({ email: z.string() });
export const ZEmailVerificationSent = z.object({ expiresAt: z.string() });

/** The code a user sends to the desk's bot (`/start <code>`) to link their Telegram chat. */
export const ZTelegramLinkCode = z.object({ code: z.string(), expiresAt: z.string() });

/** What an admin sees of the SMTP settings: never the password. */
export const ZMailStatus = z.object({
  host: z.string().nullable(),
  port: z.number().int(),
  secure: z.boolean(),
  username: z.string().nullable(),
  passwordSet: z.boolean(),
  fromAddress: z.string().nullable(),
});
export type TMailStatus = z.infer<typeof ZMailStatus>;

/** Left out: unchanged. A null password removes it; "" host turns e-mail off. */
export const ZUpdateMailSettingsInput = z.object({
  host: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^[\w.-]+$/, validationMessage("smtp.hostInvalid"))
        .max(253),
    ])
    .optional(),
  port: z
    .number()
    .int()
    .min(1, validationMessage("smtp.portOutOfRange"))
    .max(65535, validationMessage("smtp.portOutOfRange"))
    .optional(),
  secure: z.boolean().optional(),
  username: z.string().trim().max(200).optional(),
  password: z.string().max(500).nullable().optional(),
  fromAddress: z.union([z.literal(""), z.email(validationMessage("smtp.senderInvalid")).max(254)]).optional(),
});
export type TUpdateMailSettingsInput = z.infer<typeof ZUpdateMailSettingsInput>;
