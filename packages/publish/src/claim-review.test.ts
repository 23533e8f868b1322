import { VERDICTS } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { buildClaimReview } from "./claim-review.ts";
import { ZClaimReviewMarkup } from "./claim-review-schema.ts";
import { noticeUrl } from "./publisher.ts";
import { kazakhNotice, publisher } from "./test-fixtures.ts";
import { VERDICT_RATING } from "./verdict.ts";

describe("buildClaimReview", () => {
  it("describes the notice with every required and recommended property", () => {
    const review = buildClaimReview(kazakhNotice, publisher);

    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "http://localhost:3000/notices/ntc_01JNRX8K2Q",
      claimReviewed: "Референдум күні интернет толық өшіріледі",
      datePublished: "2025-03-03",
      dateModified: "2025-03-04T14:30:00+05:00",
      inLanguage: "kk",
      author: {
        "@type": "Organization",
        name: "Tekser",
        url: "https://tekser.example.kz",
        logo: "https://tekser.example.kz/logo.png",
      },
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Фейк" },
      itemReviewed: {
        "@type": "Claim",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://t.me/qazaq_zhanalyq/4127",
            headline: "Референдум күні бүкіл елде интернет толық өшіріледі!",
            datePublished: "2025-03-01T08:15:00+05:00",
            author: { "@type": "Organization", name: "Telegram: Qazaq Jañalyq" },
          },
          {
            "@type": "CreativeWork",
            url: "https://qazaq24.com/news/referendum-internet",
            headline: "Референдум күні интернет өшіріле ме?",
            datePublished: "2025-03-02T10:40:00+05:00",
            author: { "@type": "Organization", name: "qazaq24.com" },
          },
        ],
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://t.me/qazaq_zhanalyq/4127",
          headline: "Референдум күні бүкіл елде интернет толық өшіріледі!",
          datePublished: "2025-03-01T08:15:00+05:00",
          author: { "@type": "Organization", name: "Telegram: Qazaq Jañalyq" },
        },
        author: { "@type": "Organization", name: "Telegram: Qazaq Jañalyq" },
        datePublished: "2025-03-01T08:15:00+05:00",
      },
    });
  });

  it("passes the required-and-recommended schema, which fails when one of them is missing", () => {
    const review = buildClaimReview(kazakhNotice, publisher);
    expect(ZClaimReviewMarkup.safeParse(review).error?.issues).toBeUndefined();
    const { claimReviewed: _claim, ...withoutClaim } = review;
    expect(ZClaimReviewMarkup.safeParse(withoutClaim).success).toBe(false);
    const noAlternate = { ...review, reviewRating: { ...(review.reviewRating as object), alternateName: undefined } };
    expect(ZClaimReviewMarkup.safeParse(noAlternate).success).toBe(false);
    const noFirst = { ...review, itemReviewed: { ...(review.itemReviewed as object), firstAppearance: undefined } };
    expect(ZClaimReviewMarkup.safeParse(noFirst).success).toBe(false);
  });

  it("omits unknown values instead of emitting null", () => {
    const review = buildClaimReview(
      {
        ...kazakhNotice,
        firstAppearance: null,
        appearances: [{ url: null, site: "WhatsApp", title: null, lang: "kk", publishedAt: null, author: null }],
      },
      { name: "Tekser", url: "https://tekser.example.kz", baseUrl: "http://localhost:3000", timeZone: "Asia/Almaty" },
    );

    expect(JSON.stringify(review)).not.toContain("null");
    expect(review.author).toEqual({ "@type": "Organization", name: "Tekser", url: "https://tekser.example.kz" });
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [{ "@type": "CreativeWork", author: { "@type": "Organization", name: "WhatsApp" } }],
    });
  });

  it("labels the rating in the notice language, falling back to English for other languages", () => {
    expect(
      buildClaimReview({ ...kazakhNotice, lang: "ru", verdict: "misleading" }, publisher).reviewRating,
    ).toMatchObject({
      ratingValue: 2,
      alternateName: "Вводит в заблуждение",
    });
    const other = buildClaimReview({ ...kazakhNotice, lang: "other", verdict: "verified" }, publisher);
    expect(other.reviewRating).toMatchObject({ ratingValue: 5, alternateName: "Verified" });
    expect(other).not.toHaveProperty("inLanguage");
  });

  it("publishes the team's label as the version carries it: its rating, and its wording in the notice's language", () => {
    const verdictLabel = {
      id: "label-1",
      wording: { kk: "Айла", ru: "Манипуляция", en: "Manipulation" },
      rating: 2,
      colour: "#7a3e9d",
    };
    const review = buildClaimReview({ ...kazakhNotice, lang: "ru", verdict: "misleading", verdictLabel }, publisher);
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Манипуляция",
    });
    expect(ZClaimReviewMarkup.safeParse(review).success).toBe(true);
    const halfTrue = buildClaimReview(
      {
        ...kazakhNotice,
        lang: "kk",
        verdict: "misleading",
        verdictLabel: { ...verdictLabel, wording: { ...verdictLabel.wording, kk: "Жартылай рас" }, rating: 4 },
      },
      publisher,
    );
    expect(halfTrue.reviewRating).toMatchObject({ ratingValue: 4, alternateName: "Жартылай рас" });
    expect(
      buildClaimReview({ ...kazakhNotice, lang: "other", verdict: "misleading", verdictLabel }, publisher).reviewRating,
    ).toMatchObject({ alternateName: "Manipulation" });
  });

  it("dates the review by the calendar day written in publishedAt, not the UTC day", () => {
    const review = buildClaimReview({ ...kazakhNotice, publishedAt: "2025-03-03T02:00:00+05:00" }, publisher);
    expect(review.datePublished).toBe("2025-03-03");
  });

  it("dates a review stored in UTC by the desk's calendar day", () => {
    // 21:00 UTC on 2 March is 02:00 on 3 March in Almaty: the desk published it on the 3rd.
    const stored = { ...kazakhNotice, publishedAt: "2025-03-02T21:00:00.000Z" };
    expect(buildClaimReview(stored, publisher).datePublished).toBe("2025-03-03");
    expect(buildClaimReview(stored, { ...publisher, timeZone: "UTC" }).datePublished).toBe("2025-03-02");
  });

  it("gives an undated claim no publication date rather than inventing one", () => {
    const undated = {
      url: null,
      site: "qazaq24.com",
      title: "Ақпараттық штаб",
      lang: "kk",
      publishedAt: null,
      author: null,
      archivedAt: "2026-03-13T22:59:00.000Z",
    } as const;
    const review = buildClaimReview({ ...kazakhNotice, firstAppearance: undated, appearances: [undated] }, publisher);
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [
        {
          "@type": "CreativeWork",
          headline: "Ақпараттық штаб",
          author: { "@type": "Organization", name: "qazaq24.com" },
        },
      ],
      firstAppearance: {
        "@type": "CreativeWork",
        headline: "Ақпараттық штаб",
        author: { "@type": "Organization", name: "qazaq24.com" },
      },
      author: { "@type": "Organization", name: "qazaq24.com" },
    });
    expect(ZClaimReviewMarkup.safeParse(review).error?.issues).toBeUndefined();
  });
});

describe("VERDICT_RATING", () => {
  it("orders verdicts from false to true on a 1–5 scale", () => {
    const values = VERDICTS.map((verdict) => VERDICT_RATING[verdict]);
    for (const rating of values) {
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    }
    expect(VERDICT_RATING.fake.ratingValue).toBeLessThan(VERDICT_RATING.misleading.ratingValue);
    expect(VERDICT_RATING.misleading.ratingValue).toBeLessThan(VERDICT_RATING.unverifiable.ratingValue);
    expect(VERDICT_RATING.unverifiable.ratingValue).toBeLessThan(VERDICT_RATING.verified.ratingValue);
  });
});

describe("noticeUrl", () => {
  it("joins the base URL and id without doubling slashes", () => {
    expect(noticeUrl("http://localhost:3000", "ntc_1")).toBe("http://localhost:3000/notices/ntc_1");
    expect(noticeUrl("https://tekser.kz/", "ntc_1")).toBe("https://tekser.kz/notices/ntc_1");
  });
});
