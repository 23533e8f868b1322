import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZRole } from "./enums.ts";

export const ZLoginInput = z.object({
  username: z.string().trim().min(1, validationMessage("login.usernameRequired")).max(100),
  password: z.string().min(1, validationMessage("login.passwordRequired")).max(500),
  /** The authenticator's code or a recovery code, for an account with two-factor sign-in. */
  totpCode: z.string().trim().max(40).optional(),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(500),
  newPassword: z.string().min(12, validationMessage("password.tooShort")).max(500),
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZSessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  locale: z.string(),
  mustChangePassword: z.boolean(),
  /** The team requires two-factor sign-in for this role and the account has not enrolled yet. */
  mustEnrolTotp: z.boolean(),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

/** Languages the dashboard speaks; Kazakh is the default. */
export const UI_LOCALES = ["kk", "ru", "en"] as const;
export const ZUiLocale = z.enum(UI_LOCALES);
export type TUiLocale = z.infer<typeof ZUiLocale>;
export const ZSetLocaleInput = z.object({ locale: ZUiLocale });
