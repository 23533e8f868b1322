import { TRANSLATION_RULES, anchorKeys, lookupKeys } from "@tekser/claims";
import {
  betterMatch,
  probeOfItem,
  scoreCandidate,
  type TranslatableItem,
  type TranslationMatch,
  type TranslationProbe,
} from "./claim-translations.ts";

const DAY_MS = 86_400_000;

/**
 * The earlier items of a batch that are in a claim, as translation candidates for the later ones
 * (what `translationClaims` finds among stored items): a feed that carries a story in both
 * languages is placed as if its items were stored one by one. Indexed by lookup key, like the
 * batch's band keys, so a large batch is not compared pair by pair.
 */
export class BatchTranslations {
  private readonly byKey = new Map<string, number[]>();
  private readonly entries: { probe: TranslationProbe; claimId: string }[] = [];

  constructor(private readonly items: readonly TranslatableItem[]) {}

  /** Records that the batch's item `index` was placed in `claimId`. */
  add(index: number, claimId: string): void {
    const probe = this.probeOf(index);
    if (!probe) return;
    const id = this.entries.length;
    this.entries.push({ probe, claimId });
    for (const key of anchorKeys(probe.keys)) this.byKey.set(key, [...(this.byKey.get(key) ?? []), id]);
  }

  /** The better of `stored` (the stored items' best match) and the best earlier item of the batch. */
  best(index: number, stored: TranslationMatch | undefined): TranslationMatch | undefined {
    const probe = this.probeOf(index);
    if (!probe) return stored;
    const shared = new Map<number, number>();
    for (const key of lookupKeys(probe.keys))
      for (const id of this.byKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const window = TRANSLATION_RULES.candidates.withinDays * DAY_MS;
    let best = stored;
    const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, TRANSLATION_RULES.candidates.max);
    for (const [id] of candidates) {
      const entry = this.entries[id] as { probe: TranslationProbe; claimId: string };
      if (entry.probe.lang === probe.lang || Math.abs(entry.probe.seenAt.getTime() - probe.seenAt.getTime()) > window)
        continue;
      const { evidence, decision } = scoreCandidate(probe, entry.probe.keys);
      if (!decision) continue;
      best = betterMatch(best, { claimId: entry.claimId, score: evidence.score, automatic: decision === "automatic" });
    }
    return best;
  }

  private probeOf(index: number): TranslationProbe | null {
    const item = this.items[index];
    return item ? probeOfItem(item) : null;
  }
}
