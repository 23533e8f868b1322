import {
  TRANSLATION_RULES,
  anchorKeys,
  decideTranslation,
  isTranslationLang,
  lookupKeys,
  translationEvidence,
  type TranslationKeys,
  type TranslationLang,
} from "@tekser/claims";
import { arrayLiterals, Prisma, type SqlRunner } from "@tekser/db";
import type { NewClusterItem } from "./new-cluster-item.ts";
import { itemTextTranslationKeys } from "./claim-translation-keys.ts";

/** What the translation lookup reads of an item. */
export type TranslatableItem = Pick<
  NewClusterItem,
  "title" | "text" | "lang" | "publishedAt" | "archivedAt" | "ingestedAt" | "translationKeys"
>;

/** A stored item's claim as a translation of a new item: how strong, and whether to join it. */
export interface TranslationMatch {
  claimId: string;
  score: number;
  automatic: boolean;
}

/** A text to find translations of: its keys, its language and when it appeared. */
export interface TranslationProbe {
  keys: TranslationKeys;
  lang: TranslationLang;
  seenAt: Date;
}

/** A stored item in the other language sharing anchors with a probe. */
export interface TranslationCandidate {
  probe: number;
  itemId: string;
  claimId: string;
  keys: string[];
}

const DAY_MS = 86_400_000;
/**
 * Stored anchors carry their item's language and week (`windowedAnchor`), so the GIN index finds
 * only the items a probe may be compared with: a name in every week's news (the capital's) has one
 * short list per language and week, not one list over the whole archive that each probe reads
 * through, and a probe whose anchors are rare reads a few entries instead of the window's rows.
 * The migration 20261206100000 computes the same keys in SQL: change both together.
 */
const ANCHOR_WEEK_MS = 7 * DAY_MS;

const weekOf = (time: Date) => Math.floor(time.getTime() / ANCHOR_WEEK_MS);
const anchorInWeek = (lang: string, week: number, anchor: string) => `${lang}/${week}/${anchor}`;

/** A stored item's anchor as the index keeps it: in its language and the week it appeared. */
export function windowedAnchor(lang: string, seenAt: Date, anchor: string): string {
  return anchorInWeek(lang, weekOf(seenAt), anchor);
}

/** The windowed anchors a probe looks up: its lookup keys in `lang`, in each week from `since` to `until`. */
function windowedLookups(keys: readonly string[], lang: string, since: Date, until: Date): string[] {
  const lookups: string[] = [];
  for (let week = weekOf(since); week <= weekOf(until); week++)
    for (const key of keys) lookups.push(anchorInWeek(lang, week, key));
  return lookups;
}

/**
 * Stored items ranked by shared keys per probe: a name in many of the week's items (the
 * president's) would otherwise have each of them ranked, for every new item naming him.
 */
const MATCHES_RANKED = 200;
const KEY_SEPARATOR = "\u001f";

/** Keys made here, once per item object, for callers that did not make them (see NewClusterItem). */
const keysOfItem = new WeakMap<TranslatableItem, string[] | null>();

/** A Kazakh or Russian item's translation keys (title and text), or null in another language. */
export function itemTranslationKeys(item: TranslatableItem): string[] | null {
  if (item.translationKeys !== undefined) return item.translationKeys;
  let keys = keysOfItem.get(item);
  if (keys === undefined) {
    keys = itemTextTranslationKeys(item);
    keysOfItem.set(item, keys);
  }
  return keys;
}

/** When an item appeared, as the translation window reads it. */
const seenAtOf = (item: TranslatableItem) => item.publishedAt ?? item.archivedAt ?? item.ingestedAt;

/** A Kazakh or Russian item as a text to find translations of; null in another language. */
export function probeOfItem(item: TranslatableItem): TranslationProbe | null {
  const keys = itemTranslationKeys(item);
  return keys && isTranslationLang(item.lang) ? { keys, lang: item.lang, seenAt: seenAtOf(item) } : null;
}

/** An automatic match over a suggestion, then the higher score. */
export function betterMatch(current: TranslationMatch | undefined, candidate: TranslationMatch): TranslationMatch {
  if (!current) return candidate;
  if (candidate.automatic !== current.automatic) return candidate.automatic ? candidate : current;
  return candidate.score > current.score ? candidate : current;
}

/**
 * Stored items in a claim, in the other language and within days of each probe, that share a
 * name, day or specific number with it (`lookupKeys`): of the first 200 found, those sharing
 * the most, a few dozen per probe (GIN index on the windowed anchors, then the days checked).
 */
export async function findTranslationCandidates(
  tx: SqlRunner,
  probes: readonly TranslationProbe[],
  excludeClaimId?: string,
): Promise<TranslationCandidate[]> {
  const window = TRANSLATION_RULES.candidates.withinDays * DAY_MS;
  const lookups = probes.flatMap((probe, index) => {
    const keys = lookupKeys(probe.keys);
    if (keys.length === 0) return [];
    const [since, until] = [new Date(probe.seenAt.getTime() - window), new Date(probe.seenAt.getTime() + window)];
    return [{ index, since, until, keys: windowedLookups(keys, probe.lang === "kk" ? "ru" : "kk", since, until) }];
  });
  if (lookups.length === 0) return [];
  const rows = await tx.$queryRaw<{ probe: number; itemId: string; claimId: string; keys: string }[]>(Prisma.sql`
    WITH probes AS (
      SELECT unnest(${lookups.map((lookup) => lookup.index)}::int[]) AS probe,
             unnest(${arrayLiterals(lookups.map((lookup) => lookup.keys))}::text[])::text[] AS keys,
             unnest(${lookups.map((lookup) => lookup.since)}::timestamptz[]) AS since,
             unnest(${lookups.map((lookup) => lookup.until)}::timestamptz[]) AS until)
    SELECT p.probe, c."itemId", c."claimId", array_to_string(c."keys", ${KEY_SEPARATOR}) AS "keys"
    FROM probes p CROSS JOIN LATERAL (
      SELECT m."itemId", i."claimId", m."keys" FROM (
        -- The windowed anchors say the language and the week; the days within it are checked here.
        SELECT t."itemId", t."keys", t."anchors" FROM "ItemTranslationKeys" t
        WHERE t."anchors" && p.keys AND t."seenAt" BETWEEN p.since AND p.until
        LIMIT ${MATCHES_RANKED}) m
      JOIN "Item" i ON i."id" = m."itemId"
      WHERE i."claimId" IS NOT NULL AND i."claimId" IS DISTINCT FROM ${excludeClaimId ?? null}::uuid
      -- Both lists are distinct, so this counts the shared anchors (INTERSECT sorted both, per row).
      ORDER BY (SELECT count(*) FROM unnest(m."anchors") AS a WHERE a = ANY(p.keys)) DESC, m."itemId"
      LIMIT ${TRANSLATION_RULES.candidates.max}) c`);
  return rows.map((row) => ({ ...row, keys: row.keys === "" ? [] : row.keys.split(KEY_SEPARATOR) }));
}

/** The evidence between a probe and a candidate, each in its language's place. */
export function scoreCandidate(probe: TranslationProbe, candidateKeys: TranslationKeys) {
  const evidence =
    probe.lang === "kk"
      ? translationEvidence(probe.keys, candidateKeys)
      : translationEvidence(candidateKeys, probe.keys);
  return { evidence, decision: decideTranslation(evidence) };
}

/**
 * Claims of stored items that are the new item's story in the other language (Kazakh for a
 * Russian item, Russian for a Kazakh one), per new item (by index): the best-scoring candidate
 * the translation rules accept, `automatic` when its evidence is strong enough to join it as a
 * language version, else a suggestion. Shaped like `languageVersionClaims`.
 */
export async function translationClaims(
  tx: SqlRunner,
  items: readonly TranslatableItem[],
): Promise<Map<number, TranslationMatch>> {
  const probes = items.map(probeOfItem);
  const indexes = probes.flatMap((probe, index) => (probe ? [index] : []));
  const candidates = await findTranslationCandidates(
    tx,
    indexes.map((index) => probes[index] as TranslationProbe),
  );
  const best = new Map<number, TranslationMatch>();
  for (const candidate of candidates) {
    const index = indexes[candidate.probe] as number;
    const { evidence, decision } = scoreCandidate(probes[index] as TranslationProbe, candidate.keys);
    if (!decision) continue;
    best.set(
      index,
      betterMatch(best.get(index), {
        claimId: candidate.claimId,
        score: evidence.score,
        automatic: decision === "automatic",
      }),
    );
  }
  return best;
}

/**
 * Stores the keys of the Kazakh and Russian items that translations should find, in one
 * statement: `indexed`, those placed in a claim and not covered by another item of it (a covered
 * copy's translation finds the item covering it).
 */
export async function saveTranslationKeys(
  tx: SqlRunner,
  entries: readonly { itemId: string; item: TranslatableItem; indexed: boolean }[],
): Promise<void> {
  const rows = entries.flatMap(({ itemId, item, indexed }) => {
    const keys = indexed ? itemTranslationKeys(item) : null;
    if (!keys) return [];
    const seenAt = seenAtOf(item);
    const anchors = anchorKeys(keys).map((anchor) => windowedAnchor(item.lang, seenAt, anchor));
    return [{ itemId, lang: item.lang, seenAt, keys, anchors }];
  });
  if (rows.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemTranslationKeys" ("itemId", "lang", "seenAt", "keys", "anchors")
    SELECT "itemId", "lang", "seenAt", "keys"::text[], "anchors"::text[]
    FROM unnest(${rows.map((row) => row.itemId)}::uuid[], ${rows.map((row) => row.lang)}::text[], ${rows.map((row) => row.seenAt)}::timestamptz[],
                ${arrayLiterals(rows.map((row) => row.keys))}::text[], ${arrayLiterals(rows.map((row) => row.anchors))}::text[])
      AS v("itemId", "lang", "seenAt", "keys", "anchors")`);
}

/** Items of a claim whose translations are looked for when a person asks for similar claims. */
const SUGGESTION_PROBES = 10;

/**
 * Other claims that may be this claim's story in the other language, each with the best score
 * of the translation evidence between their items and this claim's items: those the rules
 * accept (a suggestion, or a strong pair that was kept apart, e.g. by a person's split).
 */
export async function translationSuggestions(tx: SqlRunner, claimId: string): Promise<Map<string, number>> {
  const own = await tx.$queryRaw<{ keys: string; lang: string; seenAt: Date }[]>(Prisma.sql`
    SELECT array_to_string(t."keys", ${KEY_SEPARATOR}) AS "keys", t."lang", t."seenAt"
    FROM "ItemTranslationKeys" t JOIN "Item" i ON i."id" = t."itemId"
    WHERE i."claimId" = ${claimId}::uuid
    ORDER BY t."seenAt", t."itemId" LIMIT ${SUGGESTION_PROBES}`);
  const probes = own.flatMap((row) =>
    isTranslationLang(row.lang) ? [{ keys: row.keys.split(KEY_SEPARATOR), lang: row.lang, seenAt: row.seenAt }] : [],
  );
  const scores = new Map<string, number>();
  for (const candidate of await findTranslationCandidates(tx, probes, claimId)) {
    const { evidence, decision } = scoreCandidate(probes[candidate.probe] as TranslationProbe, candidate.keys);
    if (decision && evidence.score > (scores.get(candidate.claimId) ?? 0))
      scores.set(candidate.claimId, evidence.score);
  }
  return scores;
}
