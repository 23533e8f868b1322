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

/**
 * What the server writes into the dashboard's index.html for its first paint: the user of the
 * request's own session cookie (what `auth.me` would answer), or null when nobody is signed in.
 */
export const ZBootPayload = z.object({ user: ZSessionUser.nullable() });
export type TBootPayload = z.infer<typeof ZBootPayload>;
/** The id of the `<script type="application/json">` element that carries the boot payload. */
export const BOOT_PAYLOAD_ELEMENT_ID = "tekser-boot";

/** Languages the dashboard speaks; Kazakh is the default. */
export const UI_LOCALES = ["kk", "ru", "en"] as const;
export const ZUiLocale = z.enum(UI_LOCALES);
export type TUiLocale = z.infer<typeof ZUiLocale>;
export const ZSetLocaleInput = z.object({ locale: ZUiLocale });
