import { useTags } from "./use-tags.ts";

/** A select in the bulk bar that fires as soon as a tag is picked, like the priority one. */
export function BulkTagSelect({
  label,
  disabled,
  onPick,
}: {
  label: string;
  disabled: boolean;
  onPick: (tagId: string) => void;
}) {
  const { tags } = useTags();
  if (tags.length === 0) return null;
  return (
    <label className="inline-field">
      {label}
      <select value="" disabled={disabled} onChange={(event) => event.target.value && onPick(event.target.value)}>
        <option value="">—</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
    </label>
  );
}
