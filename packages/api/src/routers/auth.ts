import type { TRPCRouterRecord } from "@trpc/server";
import {
  ZChangePasswordInput,
  ZDisableTotpInput,
  ZEndSessionInput,
  ZLoginInput,
  ZOwnSessionRow,
  ZSetLocaleInput,
  ZTotpCodeInput,
  ZTotpEnrolment,
} from "@tekser/contracts";
import { z } from "zod";
import { AppError } from "@tekser/domain/shared/errors.ts";
import { recordAudit } from "@tekser/domain/audit/audit-log.ts";
import { recordLoginFailure } from "@tekser/domain/accounts/login-failures.ts";
import { loginSucceeded, reserveLoginAttempt } from "@tekser/domain/accounts/login-throttle.ts";
import { checkNewPassword } from "@tekser/domain/accounts/password-strength.ts";
import { endOwnSession, listOwnSessions } from "@tekser/domain/accounts/own-sessions.ts";
import { requireSecondFactor } from "@tekser/domain/accounts/totp-login.ts";
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment } from "@tekser/domain/accounts/totp.ts";
import { hashPassword, unmatchablePasswordHash, verifyPassword } from "@tekser/domain/accounts/passwords.ts";
import { hashToken, newSessionToken, SESSION_LIMITS, userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { authedProcedure, publicProcedure } from "../trpc.ts";

export const authRouter = {
  me: publicProcedure.query(({ ctx }) => ctx.user),

  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const attempt = { username: input.username, clientAddress: ctx.clientAddress };
    await reserveLoginAttempt(ctx.db, attempt);
    const user = await ctx.db.user.findUnique({
      where: { username: input.username },
      select: { id: true, role: true, displayName: true, passwordHash: true, active: true, totpEnabledAt: true },
    });
    const known = user?.active === true ? user : null;
    // Unknown and disabled accounts are verified too, so the answer time tells nothing.
    const valid = await verifyPassword(known?.passwordHash ?? (await unmatchablePasswordHash()), input.password);
    if (!known || !valid) {
      await recordLoginFailure(ctx.db, known, attempt);
      throw new AppError("INVALID_CREDENTIALS", "Wrong username or password");
    }
    const secondFactor = known.totpEnabledAt ? await requireSecondFactor(ctx.db, known, attempt, input.totpCode) : null;
    await loginSucceeded(ctx.db, attempt);
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + SESSION_LIMITS.maxAgeMs);
    await ctx.db.$transaction(async (tx) => {
      // The account's ended sessions are deleted here, so sessions that simply ran out do not pile up.
      await tx.session.deleteMany({
        where: {
          userId: known.id,
          OR: [{ expiresAt: { lt: new Date() } }, { lastSeenAt: { lt: new Date(Date.now() - SESSION_LIMITS.idleMs) } }],
        },
      });
      await tx.session.create({ data: { tokenHash: hashToken(token), userId: known.id, expiresAt } });
      await recordAudit(
        tx,
        { id: known.id, name: input.username, role: known.role },
        {
          action: "auth.login",
          subjectType: "user",
          subjectId: known.id,
          after: { clientAddress: ctx.clientAddress, ...(secondFactor ? { secondFactor } : {}) },
        },
      );
    });
    ctx.cookie.set(token, expiresAt);
    return userForSessionToken(ctx.db, token);
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    const token = ctx.cookie.read();
    await ctx.db.$transaction(async (tx) => {
      if (token) await tx.session.deleteMany({ where: { tokenHash: hashToken(token) } });
      await recordAudit(tx, ctx.actor, { action: "auth.logout", subjectType: "user", subjectId: ctx.user.id });
    });
    ctx.cookie.clear();
    return { ok: true };
  }),

  /** A new password ends every other session of the account (a thief's included); this one stays. */
  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { passwordHash: true, username: true, displayName: true },
    });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("INVALID_CREDENTIALS", "The current password is wrong");
    }
    await checkNewPassword(user, input.newPassword);
    const passwordHash = await hashPassword(input.newPassword);
    const currentToken = ctx.cookie.read();
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: ctx.user.id }, data: { passwordHash, mustChangePassword: false } });
      const ended = await tx.session.deleteMany({
        where: { userId: ctx.user.id, ...(currentToken ? { NOT: { tokenHash: hashToken(currentToken) } } : {}) },
      });
      await recordAudit(tx, ctx.actor, {
        action: "auth.changePassword",
        subjectType: "user",
        subjectId: ctx.user.id,
        after: { otherSessionsEnded: ended.count },
      });
    });
    return { ok: true };
  }),

  /** The dashboard language, remembered on the account so it follows the user to any browser. */
  setLocale: authedProcedure.input(ZSetLocaleInput).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
      await recordAudit(tx, ctx.actor, {
        action: "auth.setLocale",
        subjectType: "user",
        subjectId: ctx.user.id,
        before: { locale: ctx.user.locale },
        after: { locale: input.locale },
      });
    });
    return { locale: input.locale };
  }),

  sessions: authedProcedure
    .output(z.array(ZOwnSessionRow))
    .query(({ ctx }) => listOwnSessions(ctx.db, ctx.user.id, ctx.cookie.read())),

  endSession: authedProcedure.input(ZEndSessionInput).mutation(async ({ ctx, input }) => {
    await endOwnSession(ctx.db, ctx.actor, input.sessionId);
    return { ok: true };
  }),

  totpStatus: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { totpEnabledAt: true, totpRecoveryHashes: true },
    });
    return { enabled: user.totpEnabledAt !== null, recoveryCodesLeft: user.totpRecoveryHashes.length };
  }),

  /** A secret and its QR code for the authenticator app; nothing changes until a code confirms it. */
  totpStart: authedProcedure.output(ZTotpEnrolment).mutation(({ ctx }) => startTotpEnrolment(ctx.db, ctx.user)),

  /** The recovery codes appear only in this answer. */
  totpConfirm: authedProcedure.input(ZTotpCodeInput).mutation(async ({ ctx, input }) => ({
    recoveryCodes: await confirmTotpEnrolment(ctx.db, ctx.actor, input.code),
  })),

  totpDisable: authedProcedure.input(ZDisableTotpInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw new AppError("INVALID_CREDENTIALS", "The current password is wrong");
    await removeTotp(ctx.db, ctx.actor, { userId: ctx.user.id, action: "auth.totpDisable" });
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
