import type { TChecklistItem, TChecklistTick } from "@tekser/contracts";
import { AppError } from "../shared/errors.ts";

/**
 * The checklist as a verdict records it: every current item with its text and whether it was
 * ticked. Refuses a tick on an item that no longer exists (the form is out of date) and a
 * verdict missing a required tick, naming the items so the reviewer can act on it.
 */
export function checklistTicks(items: readonly TChecklistItem[], tickedIds: readonly string[]): TChecklistTick[] {
  const known = new Set(items.map((item) => item.id));
  const unknown = tickedIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new AppError(
      "CHECKLIST_CHANGED",
      "The review checklist changed since you opened the claim; reload to see it",
      { field: `checklist.${unknown}` },
    );
  }
  const ticked = new Set(tickedIds);
  const ticks = items.map((item) => ({
    itemId: item.id,
    text: item.text,
    required: item.required,
    ticked: ticked.has(item.id),
  }));
  const missing = ticks.filter((tick) => tick.required && !tick.ticked);
  if (missing.length > 0) {
    const names = missing.map((tick) => `“${tick.text}”`).join(", ");
    throw new AppError(
      "CHECKLIST_INCOMPLETE",
      `Tick the required checklist items before submitting the verdict: ${names}`,
      {
        field: "checklist",
        missing: names,
        missingIds: missing.map((tick) => tick.itemId),
      },
    );
  }
  return ticks;
}
