import { Prisma } from "@tekser/db";
import { SAME_IMAGE_MAX_DISTANCE } from "./perceptual-hash.ts";

/**
 * The dHash is indexed in four 16-bit bands (expression indexes, migration
 * 20261205071000_media_image_hash_bands). Pigeonhole over the bands: two hashes within k bits
 * differ in at most ⌊k/4⌋ bits in at least one band, so a lookup probes, per band, every value
 * within that many bits of the query's band, and confirms the candidates by full distance.
 */
const BAND_COUNT = 4;
const BAND_BITS = 16;
const BAND_MASK = (1 << BAND_BITS) - 1;
const BAND_RADIUS = Math.floor(SAME_IMAGE_MAX_DISTANCE / BAND_COUNT);

/** The hash's bands as unsigned 16-bit values, lowest bits first. */
function hashBands(hash: bigint): number[] {
  const unsigned = BigInt.asUintN(64, hash);
  return Array.from({ length: BAND_COUNT }, (_, band) =>
    Number((unsigned >> BigInt(band * BAND_BITS)) & BigInt(BAND_MASK)),
  );
}

/** Every 16-bit value within `radius` bits of `value`, the value itself first. */
function valuesWithin(value: number, radius: number): number[] {
  let found = [value];
  let frontier = [{ value, lowestFlippable: 0 }];
  for (let flips = 1; flips <= radius; flips++) {
    // Each bit set is reached once: a value only flips bits above the last one it flipped.
    frontier = frontier.flatMap(({ value: from, lowestFlippable }) =>
      Array.from({ length: BAND_BITS - lowestFlippable }, (_, offset) => ({
        value: from ^ (1 << (lowestFlippable + offset)),
        lowestFlippable: lowestFlippable + offset + 1,
      })),
    );
    found = found.concat(frontier.map((next) => next.value));
  }
  return found;
}

/** Per band, the values a hash within SAME_IMAGE_MAX_DISTANCE bits of `hash` may hold in it. */
export function bandProbes(hash: bigint): number[][] {
  return hashBands(hash).map((band) => valuesWithin(band, BAND_RADIUS));
}

/** The band expression exactly as the migration indexed it, so the planner uses the index. */
const bandExpression = (alias: string, band: number) =>
  Prisma.raw(`(("${alias}"."dHash" >> ${band * BAND_BITS}) & ${BAND_MASK})`);

/** Bits in which the image aliased `alias` differs from `hash`. */
export function imageDistance(alias: string, hash: bigint): Prisma.Sql {
  return Prisma.sql`bit_count((${Prisma.raw(`"${alias}"`)}."dHash" # ${hash}::bigint)::bit(64))`;
}

/** The MediaImage rows aliased `alias` that the band indexes offer as the same picture as `hash`. */
export function sameImageCandidates(alias: string, hash: bigint): Prisma.Sql {
  const probes = bandProbes(hash).map(
    (values, band) => Prisma.sql`${bandExpression(alias, band)} = ANY(${values}::bigint[])`,
  );
  return Prisma.sql`(${Prisma.join(probes, " OR ")})`;
}

/**
 * A condition true for the MediaImage rows aliased `alias` that are the same picture as `hash`:
 * found through the band indexes, then confirmed by distance.
 */
export function sameImageAs(alias: string, hash: bigint): Prisma.Sql {
  return Prisma.sql`${sameImageCandidates(alias, hash)} AND ${imageDistance(alias, hash)} <= ${SAME_IMAGE_MAX_DISTANCE}`;
}
