import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc.ts";

/** After any mutation on a claim: refetch its detail and every queue page (status/verdict changed). */
export function useInvalidateClaims() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(trpc.claim.pathFilter()), [queryClient, trpc]);
}
