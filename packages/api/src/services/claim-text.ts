import { fingerprintTokens, normaliseTokens, type Fingerprint } from "@tekser/claims";

/** What clustering and search read of an item's title and text. */
export interface TextAnalysis {
  fingerprint: Fingerprint;
  searchText: string;
}

/** Normalises the title and text once for both the fingerprint and the search text. */
export function analyseText(item: { title: string | null; text: string }): TextAnalysis {
  const tokens = normaliseTokens([item.title, item.text].filter(Boolean).join("\n"));
  return { fingerprint: fingerprintTokens(tokens), searchText: tokens.join(" ") };
}
