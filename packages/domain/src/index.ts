export type { PublicSite } from "./publish/public-site.ts";
export { AppError, internalErrorMessage } from "./shared/errors.ts";
export { userForSessionToken } from "./accounts/sessions.ts";
export { requireAccess } from "./accounts/session-access.ts";
export { ensureAdminAccount, createUser } from "./accounts/accounts.ts";
export { ingestInputs, type IngestInput, type ParsedDocument } from "./ingest/ingest.ts";
export { reclusterClaims, type ReclusterReport } from "./claims/claim-recluster.ts";
export { pollDueSources, pollSource, type PollResult } from "./ingest/source-poll.ts";
export { startSourcePolling } from "./ingest/source-poll-job.ts";
export { startInterruptedRunSweep } from "./ingest/ingest-run-sweep-job.ts";
export { loadPublishedNotice, listPublishedNotices, publishNotice } from "./publish/notices.ts";
export { submitVerdict, approveVerdict } from "./review/review.ts";
export { transitionClaim } from "./claims/claim-transition.ts";
export { recordAudit, SYSTEM_ACTOR, type Actor } from "./audit/audit-log.ts";
export { activeSigningKey, publicKeySet } from "./publish/signing-keys.ts";
export { verifyStoredChain, toVerifyResult, auditEventBatches } from "./audit/audit-verify.ts";
export {
  createCheckpoint,
  listCheckpoints,
  findCheckpoint,
  verifyCheckpointSignature,
} from "./audit/audit-checkpoints.ts";
export { startAuditCheckpoints, auditCheckpointJob } from "./audit/audit-checkpoint-job.ts";
export { auditExportChunks, type AuditExportFormat } from "./audit/audit-export.ts";
export { correctNotice, retractNotice, listCorrections } from "./publish/notice-corrections.ts";
export type { PublishingDeps } from "./publish/deps.ts";
export { noticeChangesSince, parseCursor } from "./publish/notice-changes.ts";
export { authenticateApiToken, issueApiToken, revokeApiToken } from "./publish/api-tokens.ts";
export { registerWebhook, listWebhookDeliveries } from "./publish/webhooks/registry.ts";
export { startWebhookWorker, attemptDelivery } from "./publish/webhooks/deliver.ts";
export { deliverWebhookJob } from "./publish/webhooks/delivery-job.ts";
export { signEarlierVersions } from "./publish/sign-earlier-versions.ts";
export { loadSignedVersion } from "./publish/notice-document.ts";
export { ChangeHub, startChangeFeed } from "./shared/change-feed.ts";
export { startEvidenceArchiver, loadEvidenceArchive, archiveEvidence } from "./publish/evidence-archive.ts";
export { AddressRefusedError, BLOCK_PRIVATE_URLS, type OutboundPolicy } from "./shared/outbound/url-guard.ts";
export { prepareAsOwner } from "./owner-start-up.ts";
export { prepareSigningKey } from "./publish/signing-key-store.ts";
export { BACKGROUND_JOBS } from "./background-jobs.ts";
export { startTipline, pollTelegramOnce, receiveWebhookUpdate, sendTipAnswer } from "./tipline/tipline-worker.ts";
export { TELEGRAM_WEBHOOK_PATH } from "./tipline/tipline-settings.ts";
export { submitWebTip } from "./tipline/web-tips.ts";
export {
  searchNoticeArchive,
  ARCHIVE_PAGE_SIZE,
  type NoticeArchiveQuery,
  type NoticeArchiveRow,
} from "./publish/notice-archive.ts";
export { startNotificationDelivery } from "./notifications/notification-worker.ts";
export { startMediaWorker } from "./media/media-job.ts";
export { loadImage, storeImage } from "./media/image-store.ts";
export { ocrAvailability } from "./media/tesseract.ts";
export { UnsupportedImageError } from "./media/image-decode.ts";
