import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZRole } from "./enums.ts";

/**
 * An admin creates an account; the password is the first one, to be changed at first login.
 * Left out, the server generates a one-time password and shows it once.
 */
export const ZCreateUserInput = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .regex(/^[a-z0-9._-]+$/, validationMessage("user.usernameCharacters")),
  displayName: z.string().trim().min(1).max(200),
  role: ZRole,
  password: z.string().min(12, validationMessage("password.tooShort")).max(500).optional(),
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZSetRoleInput = z.object({
  userId: z.uuid(),
  role: ZRole,
  reason: z.string().trim().min(1, validationMessage("user.roleChangeReasonRequired")).max(2000),
});
export type TSetRoleInput = z.infer<typeof ZSetRoleInput>;
