import type { TRPCRouterRecord } from "@trpc/server";
import { ZChangePasswordInput, ZLoginInput, ZSetLocaleInput } from "@tekser/contracts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../services/audit-log.ts";
import { hashPassword, verifyPassword } from "../services/passwords.ts";
import { hashToken, newSessionToken, SESSION_TTL_MS, userForSessionToken } from "../services/sessions.ts";
import { authedProcedure, publicProcedure } from "../trpc.ts";

export const authRouter = {
  me: publicProcedure.query(({ ctx }) => ctx.user),

  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUnique({
      where: { username: input.username },
      select: { id: true, role: true, displayName: true, passwordHash: true, active: true },
    });
    const valid = user?.active === true && (await verifyPassword(user.passwordHash, input.password));
    if (!user || !valid) {
      await ctx.db.$transaction((tx) =>
        recordAudit(
          tx,
          { id: user?.id ?? null, name: input.username, role: user?.role ?? null },
          { action: "auth.loginFailed", subjectType: "user", subjectId: user?.id ?? input.username, after: { clientAddress: ctx.clientAddress } },
        ),
      );
      throw new AppError("INVALID_CREDENTIALS", "Wrong username or password");
    }
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await ctx.db.$transaction(async (tx) => {
      await tx.session.create({ data: { tokenHash: hashToken(token), userId: user.id, expiresAt } });
      await recordAudit(
        tx,
        { id: user.id, name: input.username, role: user.role },
        { action: "auth.login", subjectType: "user", subjectId: user.id, after: { clientAddress: ctx.clientAddress } },
      );
    });
    ctx.cookie.set(token, expiresAt);
    return userForSessionToken(ctx.db, token);
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    const token = ctx.cookie.read();
    await ctx.db.$transaction(async (tx) => {
      if (token) await tx.session.deleteMany({ where: { tokenHash: hashToken(token) } });
      await recordAudit(tx, actorOf(ctx.user), { action: "auth.logout", subjectType: "user", subjectId: ctx.user.id });
    });
    ctx.cookie.clear();
    return { ok: true };
  }),

  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("INVALID_CREDENTIALS", "The current password is wrong");
    }
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: ctx.user.id }, data: { passwordHash, mustChangePassword: false } });
      await recordAudit(tx, actorOf(ctx.user), { action: "auth.changePassword", subjectType: "user", subjectId: ctx.user.id });
    });
    return { ok: true };
  }),

  /** The dashboard language, remembered on the account so it follows the user to any browser. */
  setLocale: authedProcedure.input(ZSetLocaleInput).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
      await recordAudit(tx, actorOf(ctx.user), {
        action: "auth.setLocale",
        subjectType: "user",
        subjectId: ctx.user.id,
        before: { locale: ctx.user.locale },
        after: { locale: input.locale },
      });
    });
    return { locale: input.locale };
  }),
} satisfies TRPCRouterRecord;

export function actorOf(user: { id: string; username: string; role: string }) {
  return { id: user.id, name: user.username, role: user.role };
}
