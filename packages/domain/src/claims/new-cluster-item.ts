import type { TextAnalysis } from "@tekser/claims";
import type { ClusterKeys } from "./claim-fingerprints.ts";

/** A freshly stored item, with the fields clustering reads (so nothing is read back). */
export interface NewClusterItem {
  id: string;
  site: string;
  title: string | null;
  text: string;
  lang: string;
  publishedAt: Date | null;
  archivedAt: Date | null;
  ingestedAt: Date;
  originalSource: string | null;
  url: string | null;
  canonicalUrl: string | null;
  links: string[];
  languageVersions: string[];
  mayStartClaim: boolean;
  /** The text's analysis when the caller made it earlier (ingest does, outside its transaction). */
  analysis?: TextAnalysis;
  /** Its clustering keys, made from that analysis (`clusterKeys`), when the caller made them earlier. */
  keys?: ClusterKeys;
  /** Its kk↔ru translation keys when the caller made them earlier (ingest does, like the analysis). */
  translationKeys?: string[] | null;
}
