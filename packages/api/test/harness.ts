import { TRPCError } from "@trpc/server";
import type { TRole, TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { Context } from "../src/context.ts";
import { createCaller } from "../src/root.ts";
import { createUser } from "@tekser/domain/accounts/accounts.ts";
import { ChangeHub } from "@tekser/domain/shared/change-feed.ts";
import { BLOCK_PRIVATE_URLS } from "@tekser/domain/shared/outbound/url-guard.ts";
import { userForSessionToken } from "@tekser/domain/accounts/sessions.ts";

export { useTestDatabase } from "@tekser/db/vitest";

export const TEST_PASSWORD = "correct horse battery staple";

/**
 * A tRPC caller as the given user would get it over HTTP, with an in-memory cookie jar holding
 * `sessionToken`, as if from `clientAddress`.
 */
export function callerFor(
  db: Db,
  user: TSessionUser | null,
  changes = new ChangeHub(),
  { sessionToken, clientAddress = "127.0.0.1" }: { sessionToken?: string; clientAddress?: string } = {},
) {
  const jar: { token?: string | undefined } = { token: sessionToken };
  const ctx: Context = {
    db,
    user,
    clientAddress,
    publishing: { jobs: null },
    outbound: BLOCK_PRIVATE_URLS,
    changes,
    site: {
      baseUrl: "http://tekser.test",
      organisationName: "Tekser",
      organisationUrl: "http://tekser.test",
      timeZone: "Asia/Almaty",
    },
    cookie: {
      read: () => jar.token,
      set: (token) => {
        jar.token = token;
      },
      clear: () => {
        jar.token = undefined;
      },
    },
  };
  return { caller: createCaller(ctx), jar };
}

/** Creates a user with `role` and returns a caller logged in as them. */
export async function loggedIn(db: Db, role: TRole, username = `${role}-${Math.random().toString(36).slice(2, 8)}`) {
  await createUser(db, { username, displayName: username, role, password: TEST_PASSWORD });
  const { caller: anonymous, jar } = callerFor(db, null);
  await anonymous.auth.login({ username, password: TEST_PASSWORD });
  const user = await userForSessionToken(db, jar.token);
  if (!user || !jar.token) throw new Error("login did not create a session");
  return { user, token: jar.token, caller: callerFor(db, user, undefined, { sessionToken: jar.token }).caller };
}

/** The tRPC error a call was refused with: its tRPC code, the domain AppError code and message. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; appCode: string | undefined; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return { code: error.code, appCode: (error.cause as { code?: string } | undefined)?.code, message: error.message };
}
