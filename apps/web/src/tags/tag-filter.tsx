import { t } from "../i18n/t.ts";
import { useTags } from "./use-tags.ts";

/** The queue's tag filter: one tag picked here (the URL and the server take several). */
export function TagFilter({ value, onChange }: { value: string[]; onChange: (tags: string[]) => void }) {
  const { tags } = useTags();
  if (tags.length === 0 && value.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor="filter-tag">{t("tags.filter")}</label>
      <select
        id="filter-tag"
        value={value[0] ?? ""}
        onChange={(event) => onChange(event.target.value ? [event.target.value] : [])}
      >
        <option value="">{t("queue.any")}</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
    </div>
  );
}
