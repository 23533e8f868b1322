export { buildClaimReview } from "./claim-review.ts";
export { renderAtomFeed, renderJsonFeed, renderRssFeed, type FeedOptions } from "./feeds.ts";
export { renderNoticePage } from "./notice-page.ts";
export { noticeUrl, type PublisherInfo } from "./publisher.ts";
export { VERDICT_RATING } from "./verdict.ts";
