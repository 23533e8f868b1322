import type { TChecklistItem } from "@tekser/contracts";
import { FieldErrors } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";

interface Props {
  items: TChecklistItem[];
  ticked: ReadonlySet<string>;
  onToggle: (itemId: string) => void;
  /** Items the form or the server found unticked though required. */
  missing: ReadonlySet<string>;
  error: string | undefined;
}

/** The team's review checklist in the verdict form; required items are marked and must be ticked. */
export function VerdictChecklist({ items, ticked, onToggle, missing, error }: Props) {
  if (items.length === 0) return null;
  return (
    <fieldset
      className="verdict-checklist"
      data-testid="verdict-checklist"
      aria-describedby={error ? "checklist-error" : undefined}
    >
      <legend>{t("checklist.legend")}</legend>
      {items.map((item) => (
        <label key={item.id} className={`chip${missing.has(item.id) ? " chip-invalid" : ""}`}>
          <input
            type="checkbox"
            checked={ticked.has(item.id)}
            aria-invalid={missing.has(item.id)}
            onChange={() => onToggle(item.id)}
          />
          {item.text}
          {item.required ? <span className="required-mark"> *</span> : null}
        </label>
      ))}
      <p className="muted small">{t("checklist.requiredNote")}</p>
      <FieldErrors id="checklist-error" messages={error ? [error] : undefined} />
    </fieldset>
  );
}
