import type { TTag } from "@tekser/contracts";

/** A tag as a small chip in its colour. */
export function TagChip({ tag }: { tag: TTag }) {
  return (
    <span className="tag-chip" data-testid="tag-chip" style={{ borderColor: tag.colour, color: tag.colour }}>
      <span className="tag-dot" style={{ background: tag.colour }} aria-hidden="true" />
      {tag.name}
    </span>
  );
}

/** The chips of the tags a claim carries, skipping ids of tags deleted meanwhile. */
export function TagChips({ tagIds, byId }: { tagIds: readonly string[]; byId: Map<string, TTag> }) {
  const tags = tagIds.flatMap((id) => byId.get(id) ?? []);
  if (tags.length === 0) return null;
  return (
    <span className="tag-chips">
      {tags.map((tag) => (
        <TagChip key={tag.id} tag={tag} />
      ))}
    </span>
  );
}
