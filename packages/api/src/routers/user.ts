import type { TRPCRouterRecord } from "@trpc/server";
import { ZCreateUserInput, ZSetRoleInput } from "@tekser/contracts";
import { createUser, setUserRole } from "@tekser/domain/accounts/accounts.ts";
import { adminProcedure } from "../trpc.ts";
import { actorOf } from "./auth.ts";

/** Account administration; every change is an audit event naming the admin who made it. */
export const userRouter = {
  create: adminProcedure.input(ZCreateUserInput).mutation(async ({ ctx, input }) => {
    const userId = await createUser(ctx.db, { ...input, mustChangePassword: true }, actorOf(ctx.user));
    return { userId };
  }),

  setRole: adminProcedure.input(ZSetRoleInput).mutation(async ({ ctx, input }) => {
    await setUserRole(ctx.db, actorOf(ctx.user), input);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
