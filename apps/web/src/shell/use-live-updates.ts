import { isResyncEvent, type TRealtimeEvent } from "@tekser/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useMemo, useRef } from "react";
import { useTRPC } from "../trpc.ts";

/** Claim-related changes arrive in bursts (a bulk action is one event per claim): refetch once per burst. */
const BURST_MS = 150;

/**
 * Keeps every open dashboard current: each committed change (from any server instance) makes
 * the claim, queue, work-state, comment and notification queries refetch — no reload, well within a second.
 * They refetch too when the stream starts listening (on load and after a dropped stream comes
 * back), since a change in between reached no one; after the server's database listener was
 * away every query refetches.
 */
export function useLiveUpdates(): "live" | "connecting" {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useMemo(
    () => () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        for (const filter of [
          trpc.claim.pathFilter(),
          trpc.workflow.pathFilter(),
          trpc.comment.pathFilter(),
          trpc.notification.pathFilter(),
        ]) {
          void queryClient.invalidateQueries(filter);
        }
      }, BURST_MS);
    },
    [queryClient, trpc],
  );
  const onData = useMemo(
    () => (event: TRealtimeEvent) => {
      if (isResyncEvent(event) && event.reason === "listener_reconnected") void queryClient.invalidateQueries();
      else refresh();
    },
    [queryClient, refresh],
  );
  const subscription = useSubscription(trpc.realtime.changes.subscriptionOptions(undefined, { onData }));
  return subscription.status === "pending" ? "live" : "connecting";
}
