import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { httpUrlField } from "./http-url.ts";

/** The Bot API token form Telegram hands out (BotFather): "<bot id>:<secret>". */
const ZBotToken = z
  .string()
  .trim()
  .regex(/^\d{3,20}:[\w-]{20,100}$/, validationMessage("tipline.botTokenInvalid"));

/** How Telegram hands Tekser the bot's updates: Tekser asks (long polling), or Telegram posts them to Tekser's webhook. */
export const TIPLINE_DELIVERIES = ["polling", "webhook"] as const;
const ZTiplineDelivery = z.enum(TIPLINE_DELIVERIES);

/** What an admin sees of the tipline: never the token itself. */
export const ZTiplineStatus = z.object({
  botTokenSet: z.boolean(),
  apiBaseUrl: z.string(),
  delivery: ZTiplineDelivery,
});
export type TTiplineStatus = z.infer<typeof ZTiplineStatus>;

/** null removes the token (the bot stops reading). */
export const ZUpdateTiplineSettingsInput = z.object({
  botToken: ZBotToken.nullable().optional(),
  apiBaseUrl: httpUrlField(validationMessage("tipline.apiUrlInvalid")).optional(),
  delivery: ZTiplineDelivery.optional(),
});
export type TUpdateTiplineSettingsInput = z.infer<typeof ZUpdateTiplineSettingsInput>;

export const ZEraseTipSenderInput = z.object({ tipId: z.uuid() });

export const TIP_FORM_LANGS = ["kk", "ru", "en"] as const;
export const ZTipFormLang = z.enum(TIP_FORM_LANGS);
export type TTipFormLang = z.infer<typeof ZTipFormLang>;

/** The public /submit form: something to check (text or a link or both), optionally a contact. */
export const ZSubmitTipInput = z
  .object({
    lang: ZTipFormLang,
    text: z.string().trim().max(5000),
    link: z.union([z.literal(""), httpUrlField(validationMessage("tip.linkInvalid"))]),
    contact: z.string().trim().max(200),
  })
  .refine((tip) => tip.text !== "" || tip.link !== "", {
    message: validationMessage("tip.textOrLinkRequired"),
    path: ["text"],
  });
export type TSubmitTipInput = z.infer<typeof ZSubmitTipInput>;

/** Tipline figures for the metrics page over the same range (UTC days) as the other charts. */
export const ZTipMetrics = z.object({
  tipsPerDay: z.array(z.object({ day: z.string(), channel: z.enum(["telegram", "web"]), count: z.number().int() })),
  tips: z.number().int(),
  /** Tips of the range whose sender has received a published notice. */
  answered: z.number().int(),
  /** Median hours from a tip's arrival to the first notice sent to its sender; null without data. */
  medianHoursToAnswer: z.number().nullable(),
});
export type TTipMetrics = z.infer<typeof ZTipMetrics>;

/** A tip on a claim, as the desk sees it: how it came and whether its sender heard back. */
export const ZClaimTip = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  channel: z.enum(["telegram", "web"]),
  lang: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  acknowledged: z.boolean(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  /** What the web sender left for the desk to reach them; null if none or erased. */
  contact: z.string().nullable(),
  senderErased: z.boolean(),
});
export type TClaimTip = z.infer<typeof ZClaimTip>;
