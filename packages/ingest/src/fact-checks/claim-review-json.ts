import { isRecord, str } from "../parse-context.ts";
import type { FactCheckFields } from "./fact-check-record.ts";
import type { Rating } from "./verdict-labels.ts";

/** A review found in a JSON value, with its JSON path, or a value in the wrong shape. */
export interface FoundReview {
  path: string;
  fields: FactCheckFields;
  raw: unknown;
}

type Obj = Record<string, unknown>;

/**
 * Every fact-check in a JSON value, whichever shape it has: Google Fact Check Tools' answer
 * (`claims[].claimReview[]`), one of its claims, a schema.org ClaimReview (alone, in an array or
 * an `@graph`), or a list of any of these.
 */
export function findReviews(value: unknown, path = ""): FoundReview[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => findReviews(entry, `${path}[${index}]`));
  if (!isRecord(value)) return [];
  if (Array.isArray(value.claims)) return findReviews(value.claims, join(path, "claims"));
  if (Array.isArray(value.claimReview)) {
    const reviews: unknown[] = value.claimReview;
    return reviews.map((review, index) => ({
      path: `${join(path, "claimReview")}[${index}]`,
      fields: factCheckToolsFields(value, review),
      raw: review,
    }));
  }
  if (types(value).includes("ClaimReview"))
    return [{ path: path || "ClaimReview", fields: schemaOrgFields(value), raw: value }];
  if (value["@graph"] !== undefined) return findReviews(value["@graph"], join(path, "@graph"));
  return [];
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function types(value: Obj): unknown[] {
  return ([] as unknown[]).concat(value["@type"]);
}

/** One `claimReview[]` entry of a Fact Check Tools claim. */
function factCheckToolsFields(claim: Obj, review: unknown): FactCheckFields {
  const r = isRecord(review) ? review : {};
  const publisher = isRecord(r.publisher) ? (str(r.publisher.name) ?? str(r.publisher.site)) : str(r.publisher);
  return {
    claimText: str(claim.text),
    label: str(r.textualRating),
    rating: null,
    date: str(r.reviewDate) ?? str(claim.claimDate),
    reviewUrl: str(r.url),
    lang: str(r.languageCode),
    publisher,
    claimant: str(claim.claimant),
    appearanceUrl: null,
  };
}

/** A schema.org ClaimReview, as fact-checkers' pages embed it. */
function schemaOrgFields(review: Obj): FactCheckFields {
  const item = isRecord(review.itemReviewed) ? review.itemReviewed : {};
  const rating = isRecord(review.reviewRating) ? review.reviewRating : {};
  const page = review.mainEntityOfPage;
  return {
    claimText: str(review.claimReviewed) ?? str(item.text) ?? str(item.name),
    label: str(rating.alternateName) ?? str(rating.name),
    rating: ratingOf(rating),
    date: str(review.datePublished) ?? str(review.dateCreated),
    reviewUrl: str(review.url) ?? (isRecord(page) ? (str(page["@id"]) ?? str(page.url)) : str(page)),
    lang: str(review.inLanguage) ?? (isRecord(review.inLanguage) ? str(review.inLanguage.alternateName) : null),
    publisher: nameOf(review.author) ?? nameOf(review.publisher),
    claimant: nameOf(item.author),
    appearanceUrl: urlOf(item.appearance) ?? urlOf(item.firstAppearance),
  };
}

function ratingOf(rating: Obj): Rating | null {
  const value = num(rating.ratingValue);
  if (value === null) return null;
  return { value, best: num(rating.bestRating) ?? 5, worst: num(rating.worstRating) ?? 1 };
}

function num(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

function nameOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return isRecord(first) ? str(first.name) : str(first);
}

function urlOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return isRecord(first) ? (str(first.url) ?? str(first["@id"])) : str(first);
}
