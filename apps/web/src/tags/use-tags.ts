import type { TTag } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** The team's tags, and a lookup by id for rows that carry only ids. */
export function useTags(): { tags: TTag[]; byId: Map<string, TTag> } {
  const trpc = useTRPC();
  const list = useQuery(trpc.tag.list.queryOptions(undefined, { staleTime: 60_000 }));
  const tags = list.data ?? [];
  return { tags, byId: new Map(tags.map((tag) => [tag.id, tag])) };
}
