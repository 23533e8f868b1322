export { appRouter, createCaller, type AppRouter } from "./root.ts";
export type { Context, SessionCookie, PublicSite } from "./context.ts";
export { AppError } from "./errors.ts";
export { userForSessionToken } from "./services/sessions.ts";
export { ensureAdminAccount, createUser } from "./services/accounts.ts";
export { ingestInputs, type IngestInput, type ParsedDocument } from "./services/ingest.ts";
export { loadPublishedNotice, listPublishedNotices, publishNotice } from "./services/notices.ts";
export { submitVerdict, approveVerdict } from "./services/review.ts";
export { recordAudit, SYSTEM_ACTOR, type Actor } from "./services/audit-log.ts";
