import { z } from "zod";

/**
 * The ClaimReview properties Tekser promises (Google's Fact Check markup required and
 * recommended ones, plus schema.org's itemReviewed Claim details), as a zod schema so tests can
 * check real pages, not only fixtures. Extra properties are allowed, as in schema.org.
 */
const ZCreativeWork = z.looseObject({ "@type": z.literal("CreativeWork") });
const ZOrganization = z.looseObject({ "@type": z.literal("Organization"), name: z.string().min(1) });

export const ZClaimReviewMarkup = z.looseObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  inLanguage: z.string().min(2),
  author: ZOrganization.extend({ url: z.url() }),
  reviewRating: z
    .looseObject({
      "@type": z.literal("Rating"),
      ratingValue: z.number(),
      bestRating: z.number(),
      worstRating: z.number(),
      alternateName: z.string().min(1),
    })
    .refine(
      (rating) => rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating,
      "ratingValue must lie between worstRating and bestRating",
    ),
  itemReviewed: z.looseObject({
    "@type": z.literal("Claim"),
    appearance: z.array(ZCreativeWork).min(1),
    firstAppearance: ZCreativeWork,
    author: ZOrganization,
    // Only when a copy's source gave its publication time: an undated claim has none.
    datePublished: z.iso.datetime({ offset: true }).optional(),
  }),
});
