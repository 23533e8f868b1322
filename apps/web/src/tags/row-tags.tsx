import { TagChips } from "./tag-chip.tsx";
import { useTags } from "./use-tags.ts";

/** A queue row's tags (the rows carry ids; the names and colours come from the team's list). */
export function RowTags({ tagIds }: { tagIds: readonly string[] }) {
  const { byId } = useTags();
  return <TagChips tagIds={tagIds} byId={byId} />;
}
