/** Domain error codes; the server maps them to tRPC codes, the web reads them from `error.data.appError`. */
export const APP_ERROR_CODES = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  BAD_REQUEST: "BAD_REQUEST",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  STALE_WRITE: "CONFLICT",
  OWN_VERDICT: "FORBIDDEN",
  INVALID_TRANSITION: "CONFLICT",
  /** A colleague holds the claim's soft lock. */
  LOCKED: "CONFLICT",
  /** The team does not let this role give the second approval. */
  FOUR_EYES_ROLE: "FORBIDDEN",
  /** The account must choose a new password before doing anything else. */
  PASSWORD_CHANGE_REQUIRED: "FORBIDDEN",
  /** Too many failed logins for this username or client address; `details.retryAfterSeconds` says when to retry. */
  TOO_MANY_LOGIN_ATTEMPTS: "TOO_MANY_REQUESTS",
  /** The new password is the current one. */
  PASSWORD_REUSED: "BAD_REQUEST",
  /** The new password is common or easy to guess (zxcvbn score below 3). */
  PASSWORD_TOO_WEAK: "BAD_REQUEST",
  /** The change would leave the desk without an active admin. */
  LAST_ADMIN: "CONFLICT",
  /** The password was right; the account signs in with a second factor too (a code or a recovery code). */
  TOTP_REQUIRED: "UNAUTHORIZED",
  /** The authenticator code or recovery code is wrong, already used or out of date. */
  TOTP_INVALID: "UNAUTHORIZED",
  /** The team requires two-factor sign-in for this role: enrol before anything else. */
  TOTP_ENROLMENT_REQUIRED: "FORBIDDEN",
  /** A verdict without a tick on every required checklist item; `details.missing` names them. */
  CHECKLIST_INCOMPLETE: "BAD_REQUEST",
  /** Another tag already has this name (letter case aside); `details.name` is its name. */
  TAG_NAME_TAKEN: "CONFLICT",
  // What a desk meets in daily work, each worded by the dashboard in the user's language; the
  // server's English message stays for logs, the pull API and the CLI.
  /** `details.claimId`. */
  CLAIM_NOT_FOUND: "NOT_FOUND",
  /** `details.noticeId`. */
  NOTICE_NOT_FOUND: "NOT_FOUND",
  /** `details.userId`. */
  USER_NOT_FOUND: "NOT_FOUND",
  TAG_NOT_FOUND: "NOT_FOUND",
  VERDICT_LABEL_NOT_FOUND: "NOT_FOUND",
  /** A label a verdict has used is retired, not deleted; `details.uses`. */
  VERDICT_LABEL_IN_USE: "CONFLICT",
  /** The verdict names a retired label of the scale. */
  VERDICT_LABEL_RETIRED: "CONFLICT",
  /** The verdict's meaning is not the one its label stands for; `details.meaning`. */
  VERDICT_LABEL_MEANING: "BAD_REQUEST",
  SOURCE_NOT_FOUND: "NOT_FOUND",
  /** Another source polls this URL; `details.url`. */
  SOURCE_URL_TAKEN: "CONFLICT",
  CLAIM_ALREADY_MERGED: "CONFLICT",
  MERGE_INTO_ITSELF: "BAD_REQUEST",
  /** The claim to merge away has published notices. */
  MERGE_AWAY_PUBLISHED: "CONFLICT",
  DUPLICATE_OF_ITSELF: "BAD_REQUEST",
  /** A split would leave the claim empty. */
  ONLY_ITEM_OF_CLAIM: "CONFLICT",
  /** `details.lang`: the notice in that language exists, correct it instead. */
  NOTICE_ALREADY_PUBLISHED: "CONFLICT",
  /** The headline was nothing but verdict labels (the team's wordings included); `details.field`. */
  NOTICE_HEADLINE_ONLY_LABEL: "BAD_REQUEST",
  /** `details.revokedAt`. */
  TOKEN_ALREADY_REVOKED: "CONFLICT",
  WEBHOOK_ALREADY_OFF: "CONFLICT",
  /** `details.username`, `details.role`. */
  ROLE_UNCHANGED: "CONFLICT",
  /** `details.username`. */
  ALREADY_ACTIVE: "CONFLICT",
  /** `details.username`. */
  ALREADY_DEACTIVATED: "CONFLICT",
  TOTP_ALREADY_ON: "CONFLICT",
  /** `details.username`. */
  TOTP_NOT_ON: "CONFLICT",
  /** Claims go to active reviewers, editors or admins only. */
  ASSIGNEE_NOT_ELIGIBLE: "BAD_REQUEST",
  /** `details.max`. */
  CLAIM_TAG_LIMIT: "BAD_REQUEST",
  SEARCH_NO_WORDS: "BAD_REQUEST",
  /** Webhook delivery needs a bot token first. */
  TIPLINE_NO_BOT_TOKEN: "BAD_REQUEST",
  /** The Bot API refused or could not be reached to switch delivery; `details.reason` says why (in Telegram's words). */
  TIPLINE_BOT_API_REFUSED: "BAD_REQUEST",
  /** The role may not call this; `details.allowedRoles` (role ids) and `details.role`. */
  ROLE_NOT_ALLOWED: "FORBIDDEN",
  /** A cited source the archiver may not fetch (this server, a private address, not http(s)); `details.position` (1-based), `details.url`. */
  EVIDENCE_URL_REFUSED: "BAD_REQUEST",
  /** A tick on a checklist item that no longer exists: the form predates a change to the checklist. */
  CHECKLIST_CHANGED: "BAD_REQUEST",
  /** An edit to a checklist item someone else removed meanwhile; `details.position` (1-based). */
  CHECKLIST_ITEM_GONE: "NOT_FOUND",
  /** `details.reviewId`. */
  VERDICT_NOT_FOUND: "NOT_FOUND",
  COMMENT_NOT_FOUND: "NOT_FOUND",
  /** `details.viewId`: none of the caller's saved views. */
  SAVED_VIEW_NOT_FOUND: "NOT_FOUND",
  /** `details.itemId`. */
  ITEM_NOT_FOUND: "NOT_FOUND",
  /** `details.itemId`: the item belongs to no claim. */
  ITEM_NOT_IN_CLAIM: "BAD_REQUEST",
  /** `details.tipId`: no tip from a sender that can be erased. */
  TIP_NOT_FOUND: "NOT_FOUND",
  /** `details.notificationId`: none of the caller's notifications. */
  NOTIFICATION_NOT_FOUND: "NOT_FOUND",
  /** No e-mail address to verify: save one first. */
  EMAIL_NOT_SET: "BAD_REQUEST",
  EMAIL_ALREADY_VERIFIED: "CONFLICT",
  /** The desk has not set up its SMTP server, so no link can be sent. */
  MAIL_NOT_SET_UP: "BAD_REQUEST",
  /** The SMTP server refused or could not be reached; `details.reason` is its answer. */
  EMAIL_VERIFICATION_NOT_SENT: "BAD_REQUEST",
  /** No verification link with this token (mistyped, or cut short by the mail program). */
  EMAIL_VERIFICATION_UNKNOWN: "NOT_FOUND",
  /** `details.expiredAt`: the link is out of date; send a new one from the account page. */
  EMAIL_VERIFICATION_EXPIRED: "CONFLICT",
  /** `details.usedAt`: the link has already verified the address once. */
  EMAIL_VERIFICATION_USED: "CONFLICT",
  /** The account's address changed after the link was sent: it no longer proves anything. */
  EMAIL_VERIFICATION_SUPERSEDED: "CONFLICT",
  /** None of the caller's own sessions. */
  SESSION_NOT_FOUND: "NOT_FOUND",
  /** Confirming two-factor sign-in before starting its enrolment. */
  TOTP_ENROLMENT_NOT_STARTED: "CONFLICT",
  /** `details.seq`. */
  CHECKPOINT_NOT_FOUND: "NOT_FOUND",
  /** `details.tokenId`. */
  TOKEN_NOT_FOUND: "NOT_FOUND",
  /** A webhook on a revoked token. */
  TOKEN_REVOKED: "CONFLICT",
  /** `details.webhookId`. */
  WEBHOOK_NOT_FOUND: "NOT_FOUND",
  /** `details.newsroom`, `details.limit`: the token has as many active webhooks as it may. */
  WEBHOOK_LIMIT: "CONFLICT",
  // The pull API's refusals: its clients read the code and the English message.
  /** No `Authorization: Bearer` header. */
  API_TOKEN_MISSING: "UNAUTHORIZED",
  API_TOKEN_UNKNOWN: "UNAUTHORIZED",
  /** `details.revokedAt`. */
  API_TOKEN_REVOKED: "UNAUTHORIZED",
  /** `details.since`: not a cursor this API returned. */
  INVALID_SINCE_CURSOR: "BAD_REQUEST",
  /** `details.name`: an uploaded file of 0 bytes. */
  UPLOAD_EMPTY: "BAD_REQUEST",
} as const;
export type TAppErrorCode = keyof typeof APP_ERROR_CODES;
