import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";

/** One item of the team's review checklist, in order. */
export const ZChecklistItem = z.object({ id: z.string(), text: z.string(), required: z.boolean() });
export type TChecklistItem = z.infer<typeof ZChecklistItem>;

/**
 * The whole checklist as the admin saves it, in order. An item keeps its id when edited, so a
 * verdict form opened before the save still ticks it; a new item has none.
 */
export const ZSaveChecklistInput = z.object({
  items: z
    .array(
      z.object({
        id: z.uuid().optional(),
        text: z
          .string()
          .trim()
          .min(1, validationMessage("checklist.itemTextRequired"))
          .max(300, validationMessage("checklist.itemTextTooLong")),
        required: z.boolean(),
      }),
    )
    .max(30, validationMessage("checklist.tooManyItems")),
});
export type TSaveChecklistInput = z.infer<typeof ZSaveChecklistInput>;

/** A tick as stored with the verdict: the item's text and whether it was required, as they were then. */
export const ZChecklistTick = z.object({
  itemId: z.string(),
  text: z.string(),
  required: z.boolean(),
  ticked: z.boolean(),
});
export type TChecklistTick = z.infer<typeof ZChecklistTick>;
