import type { AppRouter } from "@tekser/api";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { queueCodec, toListInput } from "./queue-url-state.ts";

/**
 * Asks for the rows of the queue at `search` (the URL's query string) into the cache QueuePage
 * reads, under the same key, so the page finds them there or already on their way.
 */
export function prefetchQueuePage(trpc: TRPCOptionsProxy<AppRouter>, queryClient: QueryClient, search: string): void {
  const state = queueCodec.parse(new URLSearchParams(search));
  void queryClient.prefetchQuery(trpc.claim.list.queryOptions(toListInput(state)));
}
