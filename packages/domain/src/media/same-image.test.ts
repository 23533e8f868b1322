import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashDistance, SAME_IMAGE_MAX_DISTANCE } from "./perceptual-hash.ts";
import { bandProbes } from "./same-image.ts";

const bandsOf = (hash: bigint) =>
  Array.from({ length: 4 }, (_, band) => Number((BigInt.asUintN(64, hash) >> BigInt(band * 16)) & 0xffffn));

const hash = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
/** A hash with up to SAME_IMAGE_MAX_DISTANCE of its 64 bits flipped. */
const nearCopy = fc
  .tuple(hash, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: SAME_IMAGE_MAX_DISTANCE }))
  .map(([original, bits]) => ({
    original,
    copy: BigInt.asIntN(
      64,
      bits.reduce((value, bit) => value ^ (1n << BigInt(bit)), original),
    ),
  }));

describe("[MEDIA] same-image band probes", () => {
  it("probe, in some band, the value of every hash within SAME_IMAGE_MAX_DISTANCE bits", () => {
    fc.assert(
      fc.property(nearCopy, ({ original, copy }) => {
        expect(hashDistance(original, copy)).toBeLessThanOrEqual(SAME_IMAGE_MAX_DISTANCE);
        const probes = bandProbes(original);
        expect(bandsOf(copy).some((value, band) => probes[band]?.includes(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a copy whose differences are spread as evenly as the bands allow", () => {
    // 3 + 3 + 2 + 2 bits: only the two bands with 2 differences can find it.
    const original = 0x0123456789abcdefn;
    const copy = original ^ 0b111n ^ (0b111n << 16n) ^ (0b11n << 32n) ^ (0b11n << 48n);
    const probes = bandProbes(original);
    expect(bandsOf(copy).map((value, band) => probes[band]?.includes(value))).toEqual([false, false, true, true]);
  });

  it("probes each band's value and its neighbours within two bits once each, and no farther value", () => {
    for (const probes of bandProbes(-0x7edcba9876543210n)) {
      expect(new Set(probes).size).toBe(1 + 16 + 120);
      const [own] = probes;
      for (const value of probes) expect(hashDistance(BigInt(value), BigInt(own ?? 0))).toBeLessThanOrEqual(2);
    }
  });
});
