import { GENESIS_HASH, hashEvent, type ChainedEvent } from "./chain.ts";

export type StoredEvent = ChainedEvent & { hash: string };

/** The head of a chain at some point: what a checkpoint signs. */
export interface ChainHead {
  seq: string;
  hash: string;
}

/**
 * The first thing wrong with a chain, located at one event:
 * - `altered`: the event's content no longer hashes to its stored hash;
 * - `missing`: events before it were removed (its seq skips ahead);
 * - `reordered`: the event is self-consistent (re-hashed) but does not link to the event before
 *   it, so it was moved, inserted or re-written together with its hash;
 * - `head-mismatch`: the chain disagrees with a saved checkpoint (history rewritten, or cut off
 *   before the checkpoint's head).
 */
export type ChainBreak =
  | { seq: string; problem: "altered"; expectedHash: string; storedHash: string }
  | { seq: string; problem: "missing"; expectedSeq: string }
  | { seq: string; problem: "reordered"; expectedPrevHash: string; storedPrevHash: string }
  | { seq: string; problem: "head-mismatch"; checkpointHash: string; storedHash: string | null };

export interface ChainReport {
  ok: boolean;
  /** Events read before stopping (all of them when ok). */
  checked: number;
  /** The last verified event; null for an empty chain. */
  head: ChainHead | null;
  firstBreak: ChainBreak | null;
  /** Set when a checkpoint was given and the chain reached it intact. */
  checkpointMatched: boolean | null;
}

/**
 * Verifies a chain event by event, so it runs over a stream or batches of any length in constant
 * memory. Feed events in seq order with `push`; it returns the first break and stops accepting.
 */
export class ChainVerifier {
  private expectedSeq: bigint;
  private expectedPrevHash: string;
  private checked = 0;
  private head: ChainHead | null;
  private firstBreak: ChainBreak | null = null;
  private checkpointMatched: boolean | null;

  constructor(private readonly options: { from?: ChainHead | null; checkpoint?: ChainHead | null } = {}) {
    this.head = options.from ?? null;
    this.expectedSeq = options.from ? BigInt(options.from.seq) + 1n : 1n;
    this.expectedPrevHash = options.from?.hash ?? GENESIS_HASH;
    this.checkpointMatched = options.checkpoint ? false : null;
  }

  get broken(): boolean {
    return this.firstBreak !== null;
  }

  /** Checks the next event; returns the break it reveals, if any. */
  push(event: StoredEvent): ChainBreak | null {
    if (this.firstBreak) return this.firstBreak;
    this.checked += 1;
    const found = this.check(event);
    if (found) {
      this.firstBreak = found;
      return found;
    }
    this.expectedSeq += 1n;
    this.expectedPrevHash = event.hash;
    this.head = { seq: event.seq, hash: event.hash };
    return null;
  }

  /** The verdict once every event was pushed; a checkpoint beyond the last event is a break. */
  finish(): ChainReport {
    const checkpoint = this.options.checkpoint;
    if (!this.firstBreak && checkpoint && !this.checkpointMatched) {
      this.firstBreak = {
        seq: checkpoint.seq,
        problem: "head-mismatch",
        checkpointHash: checkpoint.hash,
        storedHash: null,
      };
    }
    return {
      ok: this.firstBreak === null,
      checked: this.checked,
      head: this.head,
      firstBreak: this.firstBreak,
      checkpointMatched: this.checkpointMatched,
    };
  }

  private check(event: StoredEvent): ChainBreak | null {
    const seq = BigInt(event.seq);
    if (seq > this.expectedSeq) return { seq: event.seq, problem: "missing", expectedSeq: this.expectedSeq.toString() };
    if (seq < this.expectedSeq) {
      return {
        seq: event.seq,
        problem: "reordered",
        expectedPrevHash: this.expectedPrevHash,
        storedPrevHash: event.prevHash,
      };
    }
    const recomputed = hashEvent(event);
    if (recomputed !== event.hash)
      return { seq: event.seq, problem: "altered", expectedHash: recomputed, storedHash: event.hash };
    if (event.prevHash !== this.expectedPrevHash) {
      return {
        seq: event.seq,
        problem: "reordered",
        expectedPrevHash: this.expectedPrevHash,
        storedPrevHash: event.prevHash,
      };
    }
    const checkpoint = this.options.checkpoint;
    if (checkpoint && checkpoint.seq === event.seq) {
      if (checkpoint.hash !== event.hash) {
        return { seq: event.seq, problem: "head-mismatch", checkpointHash: checkpoint.hash, storedHash: event.hash };
      }
      this.checkpointMatched = true;
    }
    return null;
  }
}

/** Verifies a whole in-memory run of events (see ChainVerifier for streams). */
export function verifyChain(
  events: Iterable<StoredEvent>,
  options: { from?: ChainHead | null; checkpoint?: ChainHead | null } = {},
): ChainReport {
  const verifier = new ChainVerifier(options);
  for (const event of events) {
    if (verifier.push(event)) break;
  }
  return verifier.finish();
}

/** The first break in a run of events starting after `previous` (or at the genesis), or null. */
export function findChainBreak(events: Iterable<StoredEvent>, previous: ChainHead | null = null): ChainBreak | null {
  return verifyChain(events, { from: previous }).firstBreak;
}

/**
 * Checks a filtered excerpt of a chain (an export of some events only), streamed: each event must
 * hash to its stored hash, and where two included events are consecutive, the later must link to
 * the earlier. Gaps between included events are expected and not reported.
 */
export class ExcerptVerifier {
  private previous: StoredEvent | null = null;
  private checked = 0;
  private firstBreak: ChainBreak | null = null;

  push(event: StoredEvent): ChainBreak | null {
    if (this.firstBreak) return this.firstBreak;
    this.checked += 1;
    this.firstBreak = this.check(event);
    if (!this.firstBreak) this.previous = event;
    return this.firstBreak;
  }

  finish(): ChainReport {
    const head = this.previous ? { seq: this.previous.seq, hash: this.previous.hash } : null;
    return {
      ok: this.firstBreak === null,
      checked: this.checked,
      head,
      firstBreak: this.firstBreak,
      checkpointMatched: null,
    };
  }

  private check(event: StoredEvent): ChainBreak | null {
    const recomputed = hashEvent(event);
    if (recomputed !== event.hash)
      return { seq: event.seq, problem: "altered", expectedHash: recomputed, storedHash: event.hash };
    const previous = this.previous;
    if (!previous) return null;
    const seq = BigInt(event.seq);
    const follows = seq === BigInt(previous.seq) + 1n;
    if (seq <= BigInt(previous.seq) || (follows && event.prevHash !== previous.hash)) {
      return { seq: event.seq, problem: "reordered", expectedPrevHash: previous.hash, storedPrevHash: event.prevHash };
    }
    return null;
  }
}

export function verifyExcerpt(events: Iterable<StoredEvent>): ChainReport {
  const verifier = new ExcerptVerifier();
  for (const event of events) {
    if (verifier.push(event)) break;
  }
  return verifier.finish();
}

/** One line a person can act on, for the CLI and the dashboard. */
export function describeBreak(found: ChainBreak): string {
  switch (found.problem) {
    case "altered":
      return `event ${found.seq} was altered: its content hashes to ${found.expectedHash}, but ${found.storedHash} is stored`;
    case "missing":
      return `events are missing before event ${found.seq}: expected event ${found.expectedSeq} next`;
    case "reordered":
      return `event ${found.seq} does not follow the event before it: it links to ${found.storedPrevHash}, expected ${found.expectedPrevHash} (moved, inserted or re-hashed)`;
    case "head-mismatch":
      return found.storedHash === null
        ? `the chain ends before the checkpoint's event ${found.seq}: events were removed from the end`
        : `event ${found.seq} differs from the signed checkpoint: history was rewritten (checkpoint ${found.checkpointHash}, stored ${found.storedHash})`;
  }
}
