import type { DetailRow, FoundRow } from "../src/claims/claim-candidate-lookup.ts";
import type { ClusterKeys } from "../src/claims/claim-fingerprints.ts";

// As PostgreSQL stores 32-bit hashes in int[] columns: their signed twins.
const signedList = (values: readonly number[]) => values.map((value) => value | 0).join(",");

/**
 * The rows `findCandidates` and `loadCandidates` read for a stored item with these keys, found by the looked-up items
 * `forItems`: every array joined by commas.
 */
export function candidateRow(
  { fingerprint, urlKeys, linkKeys }: ClusterKeys,
  { forItems = [], ...ids }: { itemId: string; claimId: string; forItems?: readonly number[] },
): FoundRow & DetailRow {
  return {
    ...ids,
    forItems: forItems.join(","),
    site: "aikyn.kz",
    originalSource: null,
    tokenCount: fingerprint.tokenCount,
    shingleCount: fingerprint.shingleCount,
    signature: signedList(fingerprint.signature),
    bands: fingerprint.bands.join(","),
    shingles: signedList(fingerprint.shingles ?? []),
    exact: fingerprint.shingles !== null,
    passages: signedList(fingerprint.passages),
    numbers: signedList(fingerprint.numbers),
    places: signedList(fingerprint.places),
    months: signedList(fingerprint.months),
    figureSlots: signedList(fingerprint.figureSlots),
    lead: signedList(fingerprint.lead),
    urlKeys,
    linkKeys,
    textIndexed: true,
  };
}
