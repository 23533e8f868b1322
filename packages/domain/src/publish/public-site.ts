/** This instance as the public sees it: where it lives and whom ClaimReview names as author. */
export interface PublicSite {
  /** Absolute base URL of this instance, used in feeds, notice links and ClaimReview. */
  baseUrl: string;
  organisationName: string;
  organisationUrl: string;
  /** The desk's IANA time zone: public pages show dates as its calendar days. */
  timeZone: string;
}
