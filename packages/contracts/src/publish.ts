import { z } from "zod";
import { ZLang, ZVerdict } from "./enums.ts";

export const ZAppearance = z.object({
  url: z.string().nullable(),
  site: z.string(),
  title: z.string().nullable(),
  lang: ZLang,
  publishedAt: z.string().nullable(),
  author: z.string().nullable(),
});
export type TAppearance = z.infer<typeof ZAppearance>;

/** Everything a public output (notice page, feeds, ClaimReview) needs about one notice version. */
export const ZPublishedNotice = z.object({
  id: z.string(),
  lang: ZLang,
  version: z.number().int(),
  status: z.enum(["published", "retracted"]),
  headline: z.string(),
  summary: z.string(),
  verdict: ZVerdict,
  claimReviewed: z.string(),
  firstAppearance: ZAppearance.nullable(),
  appearances: z.array(ZAppearance),
  evidence: z.array(z.object({ url: z.string(), note: z.string() })),
  rationale: z.string(),
  reviewers: z.array(z.string()),
  publishedAt: z.string(),
  updatedAt: z.string(),
  /** Other language versions of the same claim's notice. */
  translations: z.array(z.object({ id: z.string(), lang: ZLang })),
});
export type TPublishedNotice = z.infer<typeof ZPublishedNotice>;
