import type { Fingerprint } from "./fingerprint.ts";
import { sameClaim } from "./match.ts";

export interface ClusterAssignment {
  clusterId: number;
  /** The best-matching earlier item, or null when the item started a new cluster. */
  matchedItem: number | null;
  similarity: number;
}

/**
 * In-memory LSH index: the same decision the database-backed clustering makes (band-key lookup,
 * then `sameClaim` on each candidate, the best match wins), for evaluation and benchmarks.
 */
export class ClusterIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly fingerprints: Fingerprint[] = [];
  private readonly clusterOf: number[] = [];
  private clusters = 0;

  /** Adds one item and returns the cluster it joined or started. */
  add(fingerprint: Fingerprint): ClusterAssignment {
    const id = this.fingerprints.length;
    const seen = new Set<number>();
    let best: { item: number; score: number } | null = null;
    for (const key of fingerprint.bands) {
      for (const candidate of this.buckets.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const other = this.fingerprints[candidate];
        const match = other ? sameClaim(fingerprint, other) : null;
        if (match && (!best || match.jaccard > best.score)) best = { item: candidate, score: match.jaccard };
      }
    }
    this.fingerprints.push(fingerprint);
    const clusterId = best ? (this.clusterOf[best.item] ?? this.clusters++) : this.clusters++;
    this.clusterOf.push(clusterId);
    for (const key of fingerprint.bands) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
    return { clusterId, matchedItem: best?.item ?? null, similarity: best?.score ?? 0 };
  }
}
