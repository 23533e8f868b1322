import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZVerdict } from "./enums.ts";
import { ZTagColour } from "./tags.ts";

/**
 * The team's verdict scale (decision 0025): labels the admins word in kk, ru and en, colour and
 * order, each publishing a ClaimReview rating and standing for one built-in meaning (the
 * `Verdict` enum), which resurfacing, metrics and filters read.
 */
const ZLabelWording = z
  .string()
  .trim()
  .min(1, validationMessage("verdictLabel.wordingRequired"))
  .max(60, validationMessage("verdictLabel.wordingTooLong"));
/** ClaimReview `reviewRating.ratingValue`: 1 is false, 5 is true. */
const ZVerdictRating = z
  .number()
  .int()
  .min(1, validationMessage("verdictLabel.ratingRange"))
  .max(5, validationMessage("verdictLabel.ratingRange"));

/** A label's wording in the three languages readers are shown. */
const ZVerdictLabelWording = z.object({ kk: ZLabelWording, ru: ZLabelWording, en: ZLabelWording });

export const ZVerdictLabel = z.object({
  id: z.string(),
  wording: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  colour: z.string(),
  rating: z.number().int(),
  meaning: ZVerdict,
  retired: z.boolean(),
});
export type TVerdictLabel = z.infer<typeof ZVerdictLabel>;

export const ZDefineVerdictLabelInput = z.object({
  wording: ZVerdictLabelWording,
  colour: ZTagColour,
  rating: ZVerdictRating,
  meaning: ZVerdict,
});
export type TDefineVerdictLabelInput = z.infer<typeof ZDefineVerdictLabelInput>;

export const ZUpdateVerdictLabelInput = ZDefineVerdictLabelInput.partial().extend({ labelId: z.uuid() });
export type TUpdateVerdictLabelInput = z.infer<typeof ZUpdateVerdictLabelInput>;

/** The labels in their new order; labels left out keep their order after these. */
export const ZReorderVerdictLabelsInput = z.object({ labelIds: z.array(z.uuid()).min(1).max(100) });
export type TReorderVerdictLabelsInput = z.infer<typeof ZReorderVerdictLabelsInput>;

export const ZVerdictLabelRef = z.object({ labelId: z.uuid() });
