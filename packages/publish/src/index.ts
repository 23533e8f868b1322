export { buildClaimReview } from "./claim-review.ts";
export { renderAtomFeed, renderJsonFeed, renderRssFeed, type FeedOptions } from "./feeds.ts";
export { renderNoticePage } from "./notice-page.ts";
export { noticeUrl, type PublisherInfo } from "./publisher.ts";
export { VERDICT_RATING } from "./verdict.ts";
export { WEBHOOK_SIGNATURE_HEADER, webhookSignatureHeader } from "./webhook-signature.ts";
export { renderCorrectionsFeed, renderCorrectionsPage } from "./corrections-page.ts";
export { renderEmbedCard } from "./embed-card.ts";
export { ZJsonFeed11, ZJsonFeedItem } from "./json-feed-schema.ts";
