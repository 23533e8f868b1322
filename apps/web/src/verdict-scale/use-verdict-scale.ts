import type { TVerdictLabel } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** The team's verdict scale in order, and a lookup by id for verdicts that carry only the id. */
export function useVerdictScale(): { labels: TVerdictLabel[]; byId: Map<string, TVerdictLabel>; error: unknown } {
  const trpc = useTRPC();
  const list = useQuery(trpc.verdictScale.list.queryOptions(undefined, { staleTime: 60_000 }));
  const labels = list.data ?? [];
  return { labels, byId: new Map(labels.map((label) => [label.id, label])), error: list.error };
}
