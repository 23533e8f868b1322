import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";

/**
 * A team tag: one name and a colour. Tags are the desk's own vocabulary (topics, regions, an
 * election), read by the same staff in whatever language the dashboard shows (decision 0022).
 */
export const ZTagName = z
  .string()
  .trim()
  .min(1, validationMessage("tag.nameRequired"))
  .max(60, validationMessage("tag.nameTooLong"));
export const ZTagColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, validationMessage("tag.colourInvalid"));

export const ZTag = z.object({ id: z.string(), name: z.string(), colour: z.string() });
export type TTag = z.infer<typeof ZTag>;

export const ZDefineTagInput = z.object({ name: ZTagName, colour: ZTagColour });
export type TDefineTagInput = z.infer<typeof ZDefineTagInput>;
export const ZUpdateTagInput = z.object({ tagId: z.uuid(), name: ZTagName.optional(), colour: ZTagColour.optional() });
export type TUpdateTagInput = z.infer<typeof ZUpdateTagInput>;
export const ZTagRef = z.object({ tagId: z.uuid() });

/** Tag or untag one claim; many at once go through `workflow.bulk`. */
export const ZClaimTagInput = z.object({ claimId: z.uuid(), tagId: z.uuid() });
export type TClaimTagInput = z.infer<typeof ZClaimTagInput>;

/** A claim may carry at most this many tags; the queue filter takes at most this many. */
export const MAX_TAGS_PER_CLAIM = 20;
