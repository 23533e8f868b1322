import type { DetailRow, FoundRow } from "../src/claims/claim-candidate-lookup.ts";
import type { ClusterKeys } from "../src/claims/claim-fingerprints.ts";
import { packDetail } from "../src/claims/fingerprint-detail.ts";

// As PostgreSQL stores 32-bit hashes in int[] columns: their signed twins.
const signedList = (values: readonly number[]) => values.map((value) => value | 0).join(",");

/**
 * The rows `findCandidates` and `loadCandidates` read for a stored item with these keys, found by the looked-up items
 * `forItems`: the looked-up lists joined by commas, the others packed.
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
    detail: packDetail(fingerprint),
    bands: fingerprint.bands.join(","),
    passages: signedList(fingerprint.passages),
    urlKeys,
    linkKeys,
    textIndexed: true,
  };
}
