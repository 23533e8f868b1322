import type { TChecklistTick } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

/** The checklist as the verdict's author ticked it, with the item texts as they were then. */
export function ChecklistTicks({ ticks }: { ticks: TChecklistTick[] }) {
  if (ticks.length === 0) return null;
  return (
    <div className="checklist-ticks" data-testid="checklist-ticks">
      <h4>{t("checklist.ticksTitle")}</h4>
      <ul>
        {ticks.map((tick) => (
          <li key={tick.itemId} data-ticked={tick.ticked}>
            <span aria-hidden="true">{tick.ticked ? "☑" : "☐"}</span> {tick.text}
            <span className="visually-hidden">{tick.ticked ? t("checklist.ticked") : t("checklist.notTicked")}</span>
            {tick.required ? <span className="muted small"> ({t("checklist.required")})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
