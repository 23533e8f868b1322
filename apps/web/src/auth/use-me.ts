import type { TSessionUser } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { useTRPC } from "../trpc.ts";

/** The session user, or null when logged out. */
export function useMeQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
}

export const MeContext = createContext<TSessionUser | null>(null);

/** The logged-in user; only valid inside the authenticated shell. */
export function useMe(): TSessionUser {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() used outside the authenticated shell");
  return me;
}
