import { looksUpByBands, type Fingerprint } from "@tekser/claims";
import { arrayLiterals, concatenatedBytes, Prisma, type SqlRunner } from "@tekser/db";
import { packDetail } from "./fingerprint-detail.ts";

/** What decides whether two items may match before their texts are compared (`mayMatch`). */
export interface LookupKeys {
  fingerprint: Pick<Fingerprint, "bands" | "passages" | "lookupPassages">;
  /** The item's outlet, and the outlet it names as its source (`itemOutlets`). */
  outlet: string;
  namedOutlet: string | null;
  /** Identity keys of the item's own URLs (see `urlIdentityKey`). */
  urlKeys: string[];
  /** Identity keys of the URLs the item links. */
  linkKeys: string[];
}

/** The passage anchors an item looks stored items up by: fewer than all of a long text's (see `lookupAnchors`). */
export const lookupPassages = ({ fingerprint }: LookupKeys): readonly number[] =>
  fingerprint.lookupPassages ?? fingerprint.passages;

/** What clustering compares of an item besides its words: where it is, what it links, whom it names. */
export interface ClusterKeys extends LookupKeys {
  fingerprint: Fingerprint;
}

/** The band keys an item looks stored items up by: a short text's (`looksUpByBands`), none of a longer one's. */
export const lookupBands = ({ fingerprint }: ClusterKeys): readonly number[] =>
  looksUpByBands(fingerprint) ? fingerprint.bands : [];

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

// PostgreSQL has no unsigned integers: 32-bit hashes are stored as their signed twins.
export const toSigned = (values: readonly number[]) => values.map((value) => value | 0);

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
  // Arrays of arrays cannot be unnested, so each row's looked-up lists travel as array literals in
  // text[] parameters, cast per row. (Slicing one flat int[] parameter per row copied the whole
  // array for every row: quadratic in the batch; one jsonb parameter of rows took PostgreSQL
  // twice as long to expand as these literals, before the GIN indexes' work.) The lists only read
  // back travel packed, each row's bytes cut from one binary parameter (fingerprint-detail.ts).
  const column = (pick: (keys: ClusterKeys, inClaim: boolean) => readonly (number | string)[]) =>
    arrayLiterals(entries.map(({ keys, inClaim }) => pick(keys, inClaim)));
  const fingerprints = entries.map(({ keys }) => keys.fingerprint);
  const details = concatenatedBytes(fingerprints.map(packDetail));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "detail", "bands", "passages", "urlKeys", "linkKeys", "textIndexed")
    SELECT "itemId", "tokenCount", "shingleCount", substring(${details.bytes}::bytea FROM "detailStart" FOR "detailLength"),
           "bands"::bigint[], "passages"::int[], "urlKeys"::text[], "linkKeys"::text[], "textIndexed"
    FROM unnest(${entries.map((entry) => entry.itemId)}::uuid[], ${fingerprints.map((f) => f.tokenCount)}::int[],
                ${fingerprints.map((f) => f.shingleCount)}::int[], ${details.starts}::int[], ${details.lengths}::int[],
                ${column(({ fingerprint }, inClaim) => (inClaim ? fingerprint.bands : []))}::text[],
                ${column(({ fingerprint }, inClaim) => (inClaim ? toSigned(fingerprint.passages) : []))}::text[],
                ${column(({ urlKeys }, inClaim) => (inClaim ? urlKeys : []))}::text[],
                ${column(({ linkKeys }, inClaim) => (inClaim ? linkKeys : []))}::text[],
                ${entries.map((entry) => entry.inClaim && !entry.covered)}::boolean[])
         AS v("itemId", "tokenCount", "shingleCount", "detailStart", "detailLength", "bands", "passages", "urlKeys", "linkKeys", "textIndexed")
    ON CONFLICT ("itemId") DO UPDATE SET
      "tokenCount" = excluded."tokenCount", "shingleCount" = excluded."shingleCount", "detail" = excluded."detail",
      "bands" = excluded."bands", "passages" = excluded."passages", "urlKeys" = excluded."urlKeys", "linkKeys" = excluded."linkKeys",
      "textIndexed" = excluded."textIndexed"`);
}
