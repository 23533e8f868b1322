import { SIGNATURE_SIZE, type Fingerprint } from "@tekser/claims";
import { arrayLiterals, Prisma, type SqlRunner } from "@tekser/db";
import { itemOutlets } from "./claim-rules.ts";

/** Most neighbours looked at per item and per kind of key: a claim with thousands of copies needs only a few. */
const MAX_CANDIDATES = 400;
/** Items linking one URL (or one item's URLs) are few; more than this are a site's navigation. */
const MAX_LINKED_CANDIDATES = 50;

/** What clustering compares of an item besides its words: where it is, what it links, whom it names. */
export interface ClusterKeys {
  fingerprint: Fingerprint;
  /** The item's outlet, and the outlet it names as its source (`itemOutlets`). */
  outlet: string;
  namedOutlet: string | null;
  /** Identity keys of the item's own URLs (see `urlIdentityKey`). */
  urlKeys: string[];
  /** Identity keys of the URLs the item links. */
  linkKeys: string[];
}

export interface Candidate extends ClusterKeys {
  itemId: string;
  claimId: string;
  /** The lookup indexes hold its band keys and passages (it covers no other item's text, see saveFingerprints). */
  textIndexed: boolean;
}

/** A stored candidate, with the new items (their indexes in the lookup) whose keys found it. */
export interface StoredCandidate extends Candidate {
  forItems: number[];
}

export interface CandidateRow {
  itemId: string;
  claimId: string;
  site: string;
  originalSource: string | null;
  tokenCount: number;
  shingleCount: number;
  /** Comma-separated: node-postgres's generic array parser was the largest cost of a lookup. */
  signature: string;
  bands: string;
  shingles: string;
  exact: boolean;
  passages: string;
  numbers: string;
  places: string;
  months: string;
  figureSlots: string;
  lead: string;
  urlKeys: string[];
  linkKeys: string[];
  textIndexed: boolean;
  /** Comma-separated indexes of the looked-up items that found it. */
  forItems: string;
}

// PostgreSQL has no unsigned integers: 32-bit hashes are stored as their signed twins.
const toSigned = (values: readonly number[]) => values.map((value) => value | 0);

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

const signatureOf = (list: string) => {
  const signature = unsignedList(list);
  return signature.length === SIGNATURE_SIZE ? signature : [];
};

export const toCandidate = (row: CandidateRow): StoredCandidate => ({
  forItems: integerList(row.forItems, false),
  itemId: row.itemId,
  claimId: row.claimId,
  textIndexed: row.textIndexed,
  ...itemOutlets(row.site, row.originalSource),
  urlKeys: row.urlKeys,
  linkKeys: row.linkKeys,
  fingerprint: {
    tokenCount: row.tokenCount,
    shingleCount: row.shingleCount,
    signature: signatureOf(row.signature),
    bands: integerList(row.bands, false),
    shingles: row.exact ? unsignedList(row.shingles) : null,
    passages: unsignedList(row.passages),
    numbers: unsignedList(row.numbers),
    places: unsignedList(row.places),
    months: unsignedList(row.months),
    figureSlots: unsignedList(row.figureSlots),
    lead: unsignedList(row.lead),
  },
});

/**
 * Items already in a claim that may carry the same claim as any of the new items, in one
 * statement: those sharing an LSH band key (resemblance), a passage anchor (an excerpt inside a
 * longer text), or a URL (one links the other). Each lookup (capped) runs as a lateral subquery
 * on its GIN index, and each candidate is returned once, with the items whose keys found it
 * (`storedCandidatesByItem` offers it to those it may match). Band keys and passages find only text-indexed items; a URL finds any.
 */
export async function findCandidates(tx: SqlRunner, items: readonly ClusterKeys[]): Promise<StoredCandidate[]> {
  const withKeys = items.flatMap((item, index) =>
    item.fingerprint.bands.length + item.fingerprint.passages.length + item.urlKeys.length + item.linkKeys.length > 0
      ? [index]
      : [],
  );
  if (withKeys.length === 0) return [];
  // Each item's keys travel as array literals, so no statement-wide aggregation (which spilled
  // to disk at 1,000 items) is needed to give each lateral lookup its keys.
  const column = (pick: (item: ClusterKeys) => readonly (number | string)[]) =>
    arrayLiterals(withKeys.map((index) => pick(items[index] as ClusterKeys)));
  // Candidates are grouped on the narrow item id before the wide fingerprint rows are joined
  // (once per candidate, by primary key): joining first sorted every (item, candidate) pair with its arrays.
  const rows = await tx.$queryRaw<CandidateRow[]>(Prisma.sql`
    WITH per_item AS (
           SELECT unnest(${withKeys}::int[]) AS idx,
                  unnest(${column((item) => item.fingerprint.bands)}::text[])::bigint[] AS bands,
                  unnest(${column((item) => toSigned(item.fingerprint.passages))}::text[])::int[] AS passages,
                  unnest(${column((item) => item.urlKeys)}::text[])::text[] AS url_keys,
                  unnest(${column((item) => item.linkKeys)}::text[])::text[] AS link_keys),
         found AS MATERIALIZED (
           SELECT c."itemId", array_agg(p.idx) AS for_items FROM per_item p CROSS JOIN LATERAL (
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."bands" && p.bands LIMIT ${MAX_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."textIndexed" AND f."passages" && p.passages LIMIT ${MAX_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."urlKeys" && p.link_keys LIMIT ${MAX_LINKED_CANDIDATES})
             UNION
             (SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."linkKeys" && p.url_keys LIMIT ${MAX_LINKED_CANDIDATES})) c
           GROUP BY c."itemId")
    SELECT f."itemId", i."claimId", i."site", i."originalSource", f."tokenCount", f."shingleCount",
           array_to_string(f."signature", ',') AS "signature", array_to_string(f."bands", ',') AS "bands",
           array_to_string(f."shingles", ',') AS "shingles", f."exact",
           array_to_string(f."passages", ',') AS "passages", array_to_string(f."numbers", ',') AS "numbers",
           array_to_string(f."places", ',') AS "places", array_to_string(f."months", ',') AS "months", array_to_string(f."figureSlots", ',') AS "figureSlots", array_to_string(f."lead", ',') AS "lead",
           f."urlKeys", f."linkKeys", f."textIndexed", array_to_string(found.for_items, ',') AS "forItems"
    FROM found JOIN "ItemFingerprint" f ON f."itemId" = found."itemId" JOIN "Item" i ON i."id" = found."itemId"
    WHERE i."claimId" IS NOT NULL`);
  return rows.map(toCandidate);
}

/** A fingerprint to store: an item's keys, whether it is in a claim, and whether an indexed item of that claim covers it. */
export interface FingerprintEntry {
  itemId: string;
  keys: ClusterKeys;
  inClaim: boolean;
  /** An indexed item of its claim covers its text (@tekser/claims `isCoveredBy`). */
  covered?: boolean;
}

/**
 * Stores many fingerprints in one statement (replacing stored ones: re-clustering refreshes them).
 * Only an item placed in a claim gets lookup keys (band keys, passages, URL keys): only such an
 * item can be a candidate (no path takes an item out of its claim or puts a claimless one in),
 * and the lookup then needs no join to "Item", which the planner turned into a scan of every item
 * per lookup when the table's statistics were behind its growth. A covered copy keeps its keys
 * but not in the text lookup indexes ("textIndexed", partial GIN indexes): later copies find
 * the item that covers it.
 */
export async function saveFingerprints(tx: SqlRunner, entries: readonly FingerprintEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // Arrays of arrays cannot be unnested, so each row's arrays travel as array literals in text[]
  // parameters, cast per row. (Slicing one flat int[] parameter per row copied the whole array for
  // every row: quadratic in the batch; one jsonb parameter of rows took PostgreSQL twice as long
  // to expand as these literals, before the GIN indexes' work.)
  const column = (pick: (keys: ClusterKeys, inClaim: boolean) => readonly (number | string)[]) =>
    arrayLiterals(entries.map(({ keys, inClaim }) => pick(keys, inClaim)));
  const fingerprints = entries.map(({ keys }) => keys.fingerprint);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact", "bands", "passages", "numbers", "places", "months", "figureSlots", "lead", "urlKeys", "linkKeys", "textIndexed")
    SELECT "itemId", "tokenCount", "shingleCount", "signature"::int[], "shingles"::int[], "exact", "bands"::bigint[], "passages"::int[],
           "numbers"::int[], "places"::int[], "months"::int[], "figureSlots"::int[], "lead"::int[], "urlKeys"::text[], "linkKeys"::text[], "textIndexed"
    FROM unnest(${entries.map((entry) => entry.itemId)}::uuid[], ${fingerprints.map((f) => f.tokenCount)}::int[],
                ${fingerprints.map((f) => f.shingleCount)}::int[], ${column(({ fingerprint }) => toSigned(fingerprint.signature))}::text[],
                ${column(({ fingerprint }) => (fingerprint.shingles ? toSigned(fingerprint.shingles) : []))}::text[],
                ${fingerprints.map((f) => f.shingles !== null)}::boolean[],
                ${column(({ fingerprint }, inClaim) => (inClaim ? fingerprint.bands : []))}::text[],
                ${column(({ fingerprint }, inClaim) => (inClaim ? toSigned(fingerprint.passages) : []))}::text[],
                ${column(({ fingerprint }) => toSigned(fingerprint.numbers))}::text[],
                ${column(({ fingerprint }) => toSigned(fingerprint.places))}::text[],
                ${column(({ fingerprint }) => toSigned(fingerprint.months))}::text[],
                ${column(({ fingerprint }) => toSigned(fingerprint.figureSlots))}::text[],
                ${column(({ fingerprint }) => toSigned(fingerprint.lead))}::text[],
                ${column(({ urlKeys }, inClaim) => (inClaim ? urlKeys : []))}::text[],
                ${column(({ linkKeys }, inClaim) => (inClaim ? linkKeys : []))}::text[],
                ${entries.map((entry) => entry.inClaim && !entry.covered)}::boolean[])
         AS v("itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact", "bands", "passages", "numbers", "places", "months",
              "figureSlots", "lead", "urlKeys", "linkKeys", "textIndexed")
    ON CONFLICT ("itemId") DO UPDATE SET
      "tokenCount" = excluded."tokenCount", "shingleCount" = excluded."shingleCount", "signature" = excluded."signature",
      "shingles" = excluded."shingles", "exact" = excluded."exact", "bands" = excluded."bands", "passages" = excluded."passages",
      "numbers" = excluded."numbers", "places" = excluded."places", "months" = excluded."months", "figureSlots" = excluded."figureSlots", "lead" = excluded."lead", "urlKeys" = excluded."urlKeys", "linkKeys" = excluded."linkKeys",
      "textIndexed" = excluded."textIndexed"`);
}

/**
 * Puts the text of items about to leave their claims, and of every item of those claims, back in
 * the lookup indexes: a leaving item may be what covered its copies there, and a covered copy is
 * covered by nothing in its new claim. Called before the move.
 */
export async function indexTextOfLeavingItems(tx: SqlRunner, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "ItemFingerprint" f SET "textIndexed" = true
    WHERE NOT f."textIndexed"
      AND (f."itemId" = ANY(${itemIds}::uuid[])
           OR f."itemId" IN (SELECT o."id" FROM "Item" o
                             WHERE o."claimId" IN (SELECT i."claimId" FROM "Item" i WHERE i."id" = ANY(${itemIds}::uuid[]))))`);
}
