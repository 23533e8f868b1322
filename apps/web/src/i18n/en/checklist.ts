/** The review checklist. */
export const checklist = {
  "checklist.title": "Review checklist",
  "checklist.hint":
    "Shown in every verdict form; required items must be ticked before a verdict is submitted. Verdicts already written keep the ticks and texts they had.",
  "checklist.itemText": "Checklist item {n}",
  "checklist.required": "required",
  "checklist.up": "Move item {n} up",
  "checklist.down": "Move item {n} down",
  "checklist.remove": "Remove item {n}",
  "checklist.add": "Add item",
  "checklist.save": "Save checklist",
  "checklist.saved": "Checklist saved.",
  "checklist.legend": "Review checklist",
  "checklist.requiredNote": "Items marked * are required.",
  "checklist.needTicks": "Tick every required checklist item before submitting the verdict.",
  "checklist.ticksTitle": "Checklist",
  "checklist.ticked": "ticked",
  "checklist.notTicked": "not ticked",
} as const;
