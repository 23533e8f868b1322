import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZCreateUserInput,
  ZResetPasswordInput,
  ZResetTotpInput,
  ZSetActiveInput,
  ZSetRoleInput,
  ZSetUserEmailInput,
  ZUserListInput,
  ZUserListOutput,
} from "@tekser/contracts";
import { z } from "zod";
import { generateOneTimePassword, resetUserPassword, setUserActive } from "@tekser/domain/accounts/account-admin.ts";
import { listUsers } from "@tekser/domain/accounts/account-list.ts";
import { createUser, setUserRole } from "@tekser/domain/accounts/accounts.ts";
import { removeTotp } from "@tekser/domain/accounts/totp.ts";
import { setUserEmail } from "@tekser/domain/notifications/email-address-admin.ts";
import { adminProcedure } from "../trpc.ts";

/** Account administration; every change is an audit event naming the admin who made it. */
export const userRouter = {
  list: adminProcedure
    .input(ZUserListInput)
    .output(ZUserListOutput)
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  /** Without a password, one is generated and returned only in this answer. */
  create: adminProcedure.input(ZCreateUserInput).mutation(async ({ ctx, input }) => {
    const oneTimePassword = input.password ? null : generateOneTimePassword();
    const password = input.password ?? oneTimePassword ?? "";
    const userId = await createUser(ctx.db, { ...input, password, mustChangePassword: true }, ctx.actor);
    return { userId, oneTimePassword };
  }),

  resetPassword: adminProcedure.input(ZResetPasswordInput).mutation(async ({ ctx, input }) => {
    const oneTimePassword = await resetUserPassword(ctx.db, ctx.actor, input.userId);
    return { userId: input.userId, oneTimePassword };
  }),

  setRole: adminProcedure.input(ZSetRoleInput).mutation(async ({ ctx, input }) => {
    await setUserRole(ctx.db, ctx.actor, input);
    return { ok: true };
  }),

  /** A colleague's notification address; unverified until its owner opens the link mailed to it. */
  setEmail: adminProcedure
    .input(ZSetUserEmailInput)
    .output(z.object({ verificationSent: z.boolean() }))
    .mutation(({ ctx, input }) => setUserEmail(ctx.db, ctx.site.baseUrl, ctx.actor, input)),

  /** For a lost phone: the account signs in with its password alone until it enrols again. */
  resetTotp: adminProcedure.input(ZResetTotpInput).mutation(async ({ ctx, input }) => {
    await removeTotp(ctx.db, ctx.actor, { userId: input.userId, action: "user.resetTotp", reason: input.reason });
    return { ok: true };
  }),

  setActive: adminProcedure.input(ZSetActiveInput).mutation(async ({ ctx, input }) => {
    await setUserActive(ctx.db, ctx.actor, input);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
