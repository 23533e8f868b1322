import { isNearMiss, type ClaimMatch } from "@tekser/claims";
import { compareWithCandidate } from "./claim-candidates.ts";
import type { Candidate, ClusterKeys } from "./claim-fingerprints.ts";

/** A candidate a new item matches, and how. */
export interface CandidateMatch {
  candidate: Candidate;
  match: ClaimMatch;
}

/**
 * What comparing a new item with its candidates leaves that can still decide where it goes: the
 * candidates it matches, and those stating other facts, which are near misses when they read
 * alike (asked only of candidates in a claim another candidate matches). The other comparisons
 * decide nothing and are not kept: a look-alike of a template is compared with hundreds of
 * candidates, and with an object per comparison kept for a whole batch, clustering a batch of
 * look-alikes took half again as long.
 */
export class ItemComparisons {
  /** In the order compared: the first covering match is the item's coverer. */
  readonly matches: CandidateMatch[] = [];
  private readonly otherFacts: Candidate[] = [];

  constructor(private readonly item: ClusterKeys) {}

  /** Compares the item with one more candidate. */
  add(candidate: Candidate): void {
    const { match, otherFacts } = compareWithCandidate(this.item, candidate);
    if (match) this.matches.push({ candidate, match });
    else if (otherFacts) this.otherFacts.push(candidate);
  }

  /** Whether a candidate matches in a claim none of the others is a near miss in. */
  matchesOutsideNearMisses(): boolean {
    const matched = new Set(this.matches.map(({ candidate }) => candidate.claimId));
    if (matched.size === 0) return false;
    const nearMisses = this.nearMissClaims(matched, (claimId) => claimId);
    return [...matched].some((claimId) => !nearMisses.has(claimId));
  }

  /**
   * The claims among those asked about (by `claimOf` a candidate's) that hold a near miss of the
   * item. A claim no candidate matches is never joined, so whether it holds one decides nothing.
   */
  nearMissClaims(asked: Pick<ReadonlySet<string>, "has" | "size">, claimOf: (claimId: string) => string): Set<string> {
    const nearMisses = new Set<string>();
    if (asked.size === 0) return nearMisses;
    for (const candidate of this.otherFacts) {
      const claimId = claimOf(candidate.claimId);
      if (asked.has(claimId) && !nearMisses.has(claimId) && isNearMiss(this.item.fingerprint, candidate.fingerprint))
        nearMisses.add(claimId);
    }
    return nearMisses;
  }
}
