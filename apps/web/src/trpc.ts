import type { AppRouter } from "@tekser/api";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { appErrorCode, httpStatusOf } from "./lib/errors.ts";

/** What procedures return as the client sees it (e.g. `unknown` JSON fields become optional). */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The tRPC client: same origin, session cookie sent; subscriptions as server-sent events. */
export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: "/trpc" }),
        false: httpBatchLink({
          url: "/trpc",
          // Splits a refetch of many queries into several GETs rather than one over-long URL.
          maxURLLength: 2000,
          fetch: (url, options) => fetch(url, { ...options, credentials: "include" }),
        }),
      }),
    ],
  });
}

/** tRPC query key prefix of `auth.me`, so an expired session anywhere sends the shell back to login. */
const ME_KEY = [["auth", "me"]];

export function makeQueryClient() {
  const onError = (error: unknown) => {
    if (appErrorCode(error) === "UNAUTHORIZED") void queryClient.invalidateQueries({ queryKey: ME_KEY });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; only retry server and network failures.
        retry: (failureCount, error) => {
          const status = httpStatusOf(error);
          return (status === null || status >= 500) && failureCount < 2;
        },
      },
    },
  });
  return queryClient;
}

/**
 * Drops every cached query except `auth.me` when the session changes, so one user never sees
 * another's data. (`clear()` would also drop the `auth.me` query the app shell is observing.)
 */
export function forgetSessionData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey[0]) !== JSON.stringify(ME_KEY[0]) });
}
