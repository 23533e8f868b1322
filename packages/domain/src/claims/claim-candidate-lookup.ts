import { looksUpByBands } from "@tekser/claims";
import { arrayLiterals, Prisma, type SqlRunner } from "@tekser/db";
import { batchCommonAnchors, batchCommonBands, CommonAnchorOffers, CommonBandOffers } from "./batch-common-anchors.ts";
import {
  lookupBands,
  lookupPassages,
  toSigned,
  type ClusterKeys,
  type LookupKeys,
  type StoredCandidate,
} from "./claim-fingerprints.ts";
import { unpackDetail } from "./fingerprint-detail.ts";
import { itemOutlets } from "./claim-rules.ts";

/** Most neighbours looked at per item and per kind of key: a claim with thousands of copies needs only a few. */
const MAX_CANDIDATES = 400;
/** Items linking one URL (or one item's URLs) are few; more than this are a site's navigation. */
const MAX_LINKED_CANDIDATES = 50;

/** A stored item the lookup found, with the keys that decide whether it may match and the new items (by index) that found it. */
export interface FoundCandidate extends LookupKeys {
  itemId: string;
  claimId: string;
  textIndexed: boolean;
  forItems: number[];
}

/** Lists are comma-separated text: node-postgres's generic array parser was the largest cost of a lookup. */
export interface FoundRow {
  itemId: string;
  claimId: string;
  site: string;
  originalSource: string | null;
  textIndexed: boolean;
  bands: string;
  passages: string;
  urlKeys: string[];
  linkKeys: string[];
  /** Indexes of the looked-up items that found it; null when only batch-common keys did. */
  forItems: string | null;
  /** The batch-common anchors that found it (see batch-common-anchors.ts), or null. */
  forAnchors?: string | null;
  /** The batch-common band keys that found it, or null. */
  forBands?: string | null;
}

/** The rest of a found item's fingerprint, read only for the items that may match. */
export interface DetailRow {
  tokenCount: number;
  shingleCount: number;
  /** The lists only read back, packed (fingerprint-detail.ts). */
  detail: Uint8Array;
}

const COMMA = 44;
const MINUS = 45;
const ZERO = 48;

/**
 * The integers of a list as `array_to_string(…, ',')` writes it, 32-bit hashes read back as
 * unsigned when `unsigned32`. Read a character at a time: `split(",").map(Number)` made a string
 * per value and two arrays per list, for every list of every candidate row.
 */
function integerList(list: string, unsigned32: boolean): number[] {
  const values: number[] = [];
  if (list === "") return values;
  let magnitude = 0;
  let sign = 1;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code === COMMA) {
      values.push(unsigned32 ? (sign * magnitude) >>> 0 : sign * magnitude);
      magnitude = 0;
      sign = 1;
    } else if (code === MINUS) sign = -1;
    else magnitude = magnitude * 10 + (code - ZERO);
  }
  values.push(unsigned32 ? (sign * magnitude) >>> 0 : sign * magnitude);
  return values;
}

const unsignedList = (list: string) => integerList(list, true);

export const toFoundCandidate = (row: FoundRow): FoundCandidate => ({
  itemId: row.itemId,
  claimId: row.claimId,
  textIndexed: row.textIndexed,
  forItems: integerList(row.forItems ?? "", false),
  ...itemOutlets(row.site, row.originalSource),
  urlKeys: row.urlKeys,
  linkKeys: row.linkKeys,
  fingerprint: { bands: integerList(row.bands, false), passages: unsignedList(row.passages) },
});

/**
 * Built field by field: made with a rest pattern and spreads, the ~900 candidates of a group of
 * long pages took three times as long to build, and their comparisons twice as long to read them.
 */
export function withDetails(found: FoundCandidate, row: DetailRow): StoredCandidate {
  const detail = unpackDetail(row.detail);
  return {
    itemId: found.itemId,
    claimId: found.claimId,
    textIndexed: found.textIndexed,
    forItems: found.forItems,
    outlet: found.outlet,
    namedOutlet: found.namedOutlet,
    urlKeys: found.urlKeys,
    linkKeys: found.linkKeys,
    fingerprint: {
      tokenCount: row.tokenCount,
      shingleCount: row.shingleCount,
      signature: detail.signature,
      bands: found.fingerprint.bands,
      shingles: detail.shingles,
      passages: found.fingerprint.passages,
      numbers: detail.numbers,
      places: detail.places,
      months: detail.months,
      figureSlots: detail.figureSlots,
      lead: detail.lead,
    },
  };
}

/** A row of each statement at once, as the tests and the benchmark build them. */
export const toCandidate = (row: FoundRow & DetailRow): StoredCandidate => withDetails(toFoundCandidate(row), row);

/**
 * Passage anchors that PostgreSQL's statistics of the fingerprints (ANALYZE's most common
 * elements, kept by autovacuum as the table grows) show in more stored texts than a lookup
 * returns: a sentence every page of a site repeats, a formula every bulletin opens with. Looked
 * up, such an anchor fills the lookup's cap with texts sharing that phrase alone, and the copy
 * sharing the text's rarer anchors can be left out; so it is not looked up, as a search engine
 * skips its stop words. Comparisons still count it. None before the table is first analysed.
 * Chosen in SQL: the statistics hold up to a thousand elements and their frequencies, sent and
 * parsed for every group when only the few above the cap are wanted.
 */
async function storedCommonAnchors(tx: SqlRunner): Promise<Set<number>> {
  // The frequencies are shares of the rows; three more values follow the elements' own, which
  // unnest pairs with no element.
  const [stats] = await tx.$queryRaw<{ anchors: string | null }[]>(Prisma.sql`
    SELECT array_to_string(array_agg(e.anchor), ',') AS "anchors"
    FROM pg_stats s JOIN pg_class c ON c.oid = format('%I.%I', s.schemaname, s.tablename)::regclass
    CROSS JOIN LATERAL unnest(s.most_common_elems::text::int[], s.most_common_elem_freqs) AS e(anchor, frequency)
    WHERE s.schemaname = current_schema() AND s.tablename = 'ItemFingerprint' AND s.attname = 'passages'
      AND e.anchor IS NOT NULL AND e.frequency * c.reltuples >= ${MAX_CANDIDATES}`);
  return new Set(stats?.anchors ? unsignedList(stats.anchors) : []);
}

/**
 * Items already in a claim that may carry the same claim as any of the new items, in one
 * statement: those sharing an LSH band key (resemblance, looked up by short texts: see
 * `looksUpByBands`), a passage anchor (an excerpt inside a longer text), or a URL (one links the
 * other). Each lookup (capped) runs as a lateral subquery on its GIN index, and each candidate is
 * returned once, with the items whose keys found it. Band keys and passages find only
 * text-indexed items; a URL finds any. An anchor or band key many of the items carry is looked up
 * once, not for each of them (batch-common-anchors.ts), and one that hundreds of stored texts
 * carry not at all (storedCommonAnchors). A longer text whose lookup comes back full (a phrase
 * hundreds of stored texts share that neither rule set aside) is looked up by its band keys too,
 * in a second statement: among so many, its passages may have missed a text it resembles. Only
 * the keys that decide whether a pair may match are read here (most found items share one phrase
 * and nothing else): `loadCandidates` reads the rest of those that may.
 */
export async function findCandidates(tx: SqlRunner, items: readonly ClusterKeys[]): Promise<FoundCandidate[]> {
  const storedCommon = await storedCommonAnchors(tx);
  const found = await lookUpCandidates(tx, items, lookupBands, storedCommon);
  const foundFor = new Map<number, number>();
  for (const candidate of found)
    for (const index of candidate.forItems) foundFor.set(index, (foundFor.get(index) ?? 0) + 1);
  const crowded = new Set(
    items.flatMap((item, index) =>
      !looksUpByBands(item.fingerprint) && (foundFor.get(index) ?? 0) >= MAX_CANDIDATES ? [index] : [],
    ),
  );
  if (crowded.size === 0) return found;
  const byBands = await lookUpCandidates(
    tx,
    items.map((item, index) => ({
      ...item,
      fingerprint: {
        ...item.fingerprint,
        bands: crowded.has(index) ? item.fingerprint.bands : [],
        passages: [],
        lookupPassages: [],
      },
      urlKeys: [],
      linkKeys: [],
    })),
    (item) => item.fingerprint.bands,
    storedCommon,
  );
  const byId = new Map(found.map((candidate) => [candidate.itemId, candidate]));
  for (const candidate of byBands) {
    const known = byId.get(candidate.itemId);
    byId.set(
      candidate.itemId,
      known ? { ...known, forItems: [...new Set([...known.forItems, ...candidate.forItems])] } : candidate,
    );
  }
  return [...byId.values()];
}

/**
 * One lookup statement, each item looking up by the band keys `bandsOf` gives and by its passages
 * but those in `storedCommon` (see `findCandidates`).
 */
async function lookUpCandidates(
  tx: SqlRunner,
  items: readonly ClusterKeys[],
  bandsOf: (item: ClusterKeys) => readonly number[],
  storedCommon: ReadonlySet<number>,
): Promise<FoundCandidate[]> {
  const withKeys = items.flatMap((item, index) =>
    bandsOf(item).length + item.fingerprint.passages.length + item.urlKeys.length + item.linkKeys.length > 0
      ? [index]
      : [],
  );
  if (withKeys.length === 0) return [];
  const commonAnchors = batchCommonAnchors(items);
  for (const anchor of commonAnchors.keys()) if (storedCommon.has(anchor)) commonAnchors.delete(anchor);
  const commonBands = batchCommonBands(items, bandsOf);
  // Each item's keys travel as array literals, so no statement-wide aggregation (which spilled
  // to disk at 1,000 items) is needed to give each lateral lookup its keys.
  const column = (pick: (item: ClusterKeys) => readonly (number | string)[]) =>
    arrayLiterals(withKeys.map((index) => pick(items[index] as ClusterKeys)));
  // Candidates are grouped on the narrow item id before their rows are joined (once per
  // candidate, by primary key): joining first sorted every (item, candidate) pair with its arrays.
  const rows = await tx.$queryRaw<FoundRow[]>(Prisma.sql`
    WITH per_item AS (
           SELECT unnest(${withKeys}::int[]) AS idx,
                  unnest(${column((item) => bandsOf(item).filter((band) => !commonBands.has(band)))}::text[])::bigint[] AS bands,
                  unnest(${column((item) => toSigned(lookupPassages(item).filter((anchor) => !commonAnchors.has(anchor) && !storedCommon.has(anchor))))}::text[])::int[] AS passages,
                  unnest(${column((item) => item.urlKeys)}::text[])::text[] AS url_keys,
                  unnest(${column((item) => item.linkKeys)}::text[])::text[] AS link_keys),
         by_item AS (
           SELECT c."itemId", p.idx FROM per_item p CROSS JOIN LATERAL (
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."bands" && p.bands LIMIT ${MAX_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."passages" && p.passages LIMIT ${MAX_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE cardinality(p.link_keys) > 0 AND f."urlKeys" && p.link_keys LIMIT ${MAX_LINKED_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE cardinality(p.url_keys) > 0 AND f."linkKeys" && p.url_keys LIMIT ${MAX_LINKED_CANDIDATES})) c),
         by_anchor AS (
           SELECT c."itemId", a.anchor FROM unnest(${toSigned([...commonAnchors.keys()])}::int[]) AS a(anchor) CROSS JOIN LATERAL (
             SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."passages" @> ARRAY[a.anchor] LIMIT ${MAX_CANDIDATES}) c),
         by_band AS (
           SELECT c."itemId", b.band FROM unnest(${[...commonBands.keys()]}::bigint[]) AS b(band) CROSS JOIN LATERAL (
             SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."bands" @> ARRAY[b.band] LIMIT ${MAX_CANDIDATES}) c),
         found AS MATERIALIZED (
           SELECT "itemId", array_agg(idx) FILTER (WHERE idx IS NOT NULL) AS for_items,
                  array_agg(anchor) FILTER (WHERE anchor IS NOT NULL) AS for_anchors,
                  array_agg(band) FILTER (WHERE band IS NOT NULL) AS for_bands
           FROM (SELECT "itemId", idx, NULL::int AS anchor, NULL::bigint AS band FROM by_item
                 UNION ALL SELECT "itemId", NULL, anchor, NULL FROM by_anchor
                 UNION ALL SELECT "itemId", NULL, NULL, band FROM by_band) f
           GROUP BY "itemId")
    SELECT f."itemId", i."claimId", i."site", i."originalSource", f."textIndexed",
           array_to_string(f."bands", ',') AS "bands", array_to_string(f."passages", ',') AS "passages",
           f."urlKeys", f."linkKeys", array_to_string(found.for_items, ',') AS "forItems",
           array_to_string(found.for_anchors, ',') AS "forAnchors", array_to_string(found.for_bands, ',') AS "forBands"
    FROM found JOIN "ItemFingerprint" f ON f."itemId" = found."itemId" JOIN "Item" i ON i."id" = found."itemId"
    WHERE i."claimId" IS NOT NULL`);
  const found = rows.map((row) => ({
    candidate: toFoundCandidate(row),
    anchors: row.forAnchors ? unsignedList(row.forAnchors) : [],
    bands: row.forBands ? integerList(row.forBands, false) : [],
    offered: [] as number[],
  }));
  // Each kind of common key offers its finds, those found by the most keys first, up to one cap
  // per item for both kinds.
  const offeredTo = new Map<number, number>();
  const bandOffers = new CommonBandOffers(commonBands, items, MAX_CANDIDATES, offeredTo);
  for (const entry of [...found].sort((a, b) => b.bands.length - a.bands.length))
    if (entry.bands.length > 0) entry.offered.push(...bandOffers.offer(entry.candidate, entry.bands));
  const anchorOffers = new CommonAnchorOffers(commonAnchors, items, MAX_CANDIDATES, offeredTo);
  found.sort((a, b) => b.anchors.length - a.anchors.length);
  return found.flatMap(({ candidate, anchors, bands, offered }) => {
    if (anchors.length > 0) offered.push(...anchorOffers.offer(candidate, anchors));
    if (anchors.length === 0 && bands.length === 0) return [candidate];
    const forItems = new Set([...candidate.forItems, ...offered]);
    return forItems.size > 0 ? [{ ...candidate, forItems: [...forItems] }] : [];
  });
}

/** The found items' whole fingerprints, in one statement. */
export async function loadCandidates(tx: SqlRunner, found: readonly FoundCandidate[]): Promise<StoredCandidate[]> {
  if (found.length === 0) return [];
  const rows = await tx.$queryRaw<(DetailRow & { itemId: string })[]>(Prisma.sql`
    SELECT f."itemId", f."tokenCount", f."shingleCount", f."detail"
    FROM "ItemFingerprint" f WHERE f."itemId" = ANY(${found.map((candidate) => candidate.itemId)}::uuid[])`);
  const detailOf = new Map(rows.map((row) => [row.itemId, row]));
  return found.flatMap((candidate) => {
    const detail = detailOf.get(candidate.itemId);
    return detail ? [withDetails(candidate, detail)] : [];
  });
}
