/** Who publishes the notices: the organisation running this Tekser instance. */
export interface PublisherInfo {
  name: string;
  /** The organisation's own homepage (used as the author URL in ClaimReview and feeds). */
  url: string;
  /** Absolute base URL of this Tekser instance, e.g. http://localhost:3000 (no trailing slash needed). */
  baseUrl: string;
  logoUrl?: string;
  /** The desk's IANA time zone (e.g. Asia/Almaty): dates on public pages are its calendar days. */
  timeZone: string;
}

/** Public URL of one notice page: `${baseUrl}/notices/${id}`. */
export function noticeUrl(baseUrl: string, id: string): string {
  // Tolerate a trailing slash in configuration rather than emitting `//notices`.
  return `${baseUrl.replace(/\/+$/, "")}/notices/${encodeURIComponent(id)}`;
}

/** The public archive of notices, written in `ui`: where a public page's site name leads. */
export function archiveUrl(baseUrl: string, ui: "kk" | "ru" | "en"): string {
  return `${baseUrl.replace(/\/+$/, "")}/archive?ui=${ui}`;
}
