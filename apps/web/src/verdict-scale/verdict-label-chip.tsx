import type { TVerdictLabel } from "@tekser/contracts";
import { labelWording } from "../i18n/t.ts";

/** A label of the scale in the dashboard's language, its colour as a dot (the text keeps the page's contrast). */
export function VerdictLabelChip({ label, testId }: { label: TVerdictLabel; testId?: string }) {
  return (
    <span
      className={`badge verdict-${label.meaning}`}
      data-verdict={label.meaning}
      data-label={label.id}
      data-testid={testId}
    >
      <span className="tag-dot" style={{ background: label.colour }} aria-hidden="true" /> {labelWording(label)}
    </span>
  );
}
