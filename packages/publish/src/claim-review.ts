import type { TAppearance, TPublishedNotice } from "@tekser/contracts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { languageTag, verdictLabel, verdictRating } from "./verdict.ts";

type JsonObject = Record<string, unknown>;

/**
 * schema.org ClaimReview JSON-LD for one notice, with the properties Google's Fact Check
 * markup requires or recommends. Absent values are omitted, not emitted as null, because
 * validators flag null properties as errors.
 */
export function buildClaimReview(notice: TPublishedNotice, publisher: PublisherInfo): JsonObject {
  const first = notice.firstAppearance;
  return withoutEmpty({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: noticeUrl(publisher.baseUrl, notice.id),
    claimReviewed: notice.claimReviewed,
    datePublished: calendarDate(notice.publishedAt, publisher.timeZone),
    dateModified: notice.updatedAt,
    inLanguage: languageTag(notice.lang),
    author: withoutEmpty({
      "@type": "Organization",
      name: publisher.name,
      url: publisher.url,
      logo: publisher.logoUrl,
    }),
    reviewRating: {
      "@type": "Rating",
      ratingValue: verdictRating(notice),
      bestRating: 5,
      worstRating: 1,
      alternateName: verdictLabel(notice),
    },
    itemReviewed: withoutEmpty({
      "@type": "Claim",
      appearance: notice.appearances.length > 0 ? notice.appearances.map(creativeWork) : undefined,
      firstAppearance: first ? creativeWork(first) : undefined,
      author: first ? organization(first.site) : undefined,
      datePublished: first?.publishedAt,
    }),
  });
}

function creativeWork(appearance: TAppearance): JsonObject {
  return withoutEmpty({
    "@type": "CreativeWork",
    url: appearance.url,
    headline: appearance.title,
    datePublished: appearance.publishedAt,
    author: organization(appearance.site),
  });
}

function organization(name: string): JsonObject {
  return { "@type": "Organization", name };
}

/**
 * The calendar date of an instant on the desk's calendar, so a notice published at 02:00 in
 * Almaty is not dated the previous day by the UTC form it is stored in. The en-CA locale
 * writes dates as YYYY-MM-DD, the form schema.org's Date expects.
 */
function calendarDate(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

function withoutEmpty(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}
