/**
 * Uniformly random signed 64-bit values (as `MediaImage.dHash` holds them) from a seeded
 * xorshift64*, so a failing test or a benchmark run can be replayed exactly.
 */
export function randomHashes(seed: bigint): () => bigint {
  let state = seed;
  return () => {
    state ^= state >> 12n;
    state ^= BigInt.asUintN(64, state << 25n);
    state ^= state >> 27n;
    return BigInt.asIntN(64, BigInt.asUintN(64, state * 0x2545f4914f6cdd1dn));
  };
}
