import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc.ts";

/** After any change to a claim: refetch its detail, who works on it, its comments and every queue page. */
export function useInvalidateClaims() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.claim.pathFilter()),
        queryClient.invalidateQueries(trpc.workflow.pathFilter()),
        queryClient.invalidateQueries(trpc.comment.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}
