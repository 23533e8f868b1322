import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZLang, ZVerdict } from "./enums.ts";

/** The metrics page's filters: a day range (inclusive, UTC days) and optionally one language. */
export const ZMetricsInput = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    lang: ZLang.optional(),
  })
  .refine((input) => input.from <= input.to, { message: validationMessage("metrics.rangeReversed"), path: ["to"] });
export type TMetricsInput = z.infer<typeof ZMetricsInput>;

export const ZMetrics = z.object({
  /** Items ingested per day and source site. */
  ingestedPerDay: z.array(z.object({ day: z.string(), site: z.string(), count: z.number().int() })),
  /** Verdicts made final (second approval) per day. */
  verdictsPerDay: z.array(z.object({ day: z.string(), verdict: ZVerdict, count: z.number().int() })),
  /** Median hours from a claim's first appearance to its final verdict / first published notice; null without data. */
  medianHoursToVerdict: z.number().nullable(),
  medianHoursToPublication: z.number().nullable(),
  /** Verdicts written and second reviews given per person in the range. */
  throughput: z.array(z.object({ name: z.string(), submitted: z.number().int(), approved: z.number().int() })),
  /** New appearances, per day, of claims already decided as fake: the fake is spreading again. */
  resurfacedFakesPerDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
  /** Claims first seen in the range per tag, by their verdict (null: not decided yet). */
  claimsByTag: z.array(
    z.object({
      tagId: z.string(),
      name: z.string(),
      colour: z.string(),
      verdict: ZVerdict.nullable(),
      count: z.number().int(),
    }),
  ),
});
export type TMetrics = z.infer<typeof ZMetrics>;
