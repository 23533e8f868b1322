import { initTRPC, TRPCError } from "@trpc/server";
import {
  CLAIM_TRANSITIONS,
  PERMISSIONS,
  describeIssue,
  flattenIssuesInEnglish,
  type TClaimEvent,
  type TRole,
} from "@tekser/contracts";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { AppError, internalErrorMessage } from "@tekser/domain/shared/errors.ts";
import { requireAccess } from "@tekser/domain/accounts/session-access.ts";
import type { Actor } from "@tekser/domain/audit/audit-log.ts";

const t = initTRPC.context<Context>().create({
  // Keeps realtime event streams open through proxies that close idle connections.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 30_000 } },
  errorFormatter({ shape, error, ctx }) {
    const appError =
      error.cause instanceof AppError
        ? { code: error.cause.code, message: error.cause.message, details: error.cause.details ?? null }
        : null;
    // Issues travel as message ids with parameters for the dashboard to word in the user's
    // language; the flattened English beside them serves API clients and logs.
    const zodIssues =
      error.cause instanceof ZodError
        ? { ...flattenIssuesInEnglish(error.cause.issues), issues: error.cause.issues.map(describeIssue) }
        : null;
    const requestId = ctx?.requestId ?? null;
    // An unexpected error's message and stack can carry SQL, file paths and data: the client gets
    // a reference to the server log instead (the HTTP layer logs the error under that id).
    const { stack: _stack, ...data } = shape.data;
    const unexpected = error.code === "INTERNAL_SERVER_ERROR" && !appError;
    const message = unexpected ? internalErrorMessage(requestId) : shape.message;
    return { ...shape, message, data: { ...data, appError, zodIssues, requestId } };
  },
});

/** Turns domain AppErrors into tRPC errors with the mapped code, keeping the AppError as cause. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const appError = result.error.cause;
    throw new TRPCError({ code: appError.trpcCode, message: appError.message, cause: appError });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);

/** A signed-in caller; `ctx.actor` is who the domain records as having acted. */
export const authedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  const user = requireAccess(ctx.user, { ownSessionCall: path.startsWith("auth.") });
  const actor = { id: user.id, name: user.username, role: user.role } satisfies Actor;
  return next({ ctx: { ...ctx, user, actor } });
});

/** A procedure only the given roles may call; every other caller gets FORBIDDEN. */
export function rolesProcedure(...roles: readonly [TRole, ...TRole[]]) {
  return authedProcedure.use(({ ctx, path, next }) => {
    requireAccess(ctx.user, { roles, ownSessionCall: path.startsWith("auth.") });
    return next({ ctx: { ...ctx, allowedRoles: roles } });
  });
}

// The roles come from the permissions table in @tekser/contracts, which the web reads too.
export const reviewerProcedure = rolesProcedure(...PERMISSIONS.review);
/** Working on claims: assignment, locks, priority, closing, comments. */
export const workerProcedure = rolesProcedure(...PERMISSIONS.work);
export const adminProcedure = rolesProcedure(...PERMISSIONS.administer);
export const editorProcedure = rolesProcedure(...PERMISSIONS.publish);
export const auditorProcedure = rolesProcedure(...PERMISSIONS.audit);
export const staffProcedure = rolesProcedure(...PERMISSIONS.staff);
export const importerProcedure = rolesProcedure(...PERMISSIONS.importArchive);

type StaffClaimEvent = {
  [E in TClaimEvent]: (typeof CLAIM_TRANSITIONS)[E]["by"] extends "system" ? never : E;
}[TClaimEvent];

/** The procedure that fires a claim transition: callable by the roles the transition table names. */
export function transitionProcedure(event: StaffClaimEvent) {
  const roles: readonly [TRole, ...TRole[]] = PERMISSIONS[CLAIM_TRANSITIONS[event].by];
  return rolesProcedure(...roles);
}
