import { setImmediate as nextTurn } from "node:timers/promises";
import type { PreparedInput } from "./ingest-documents.ts";

/** Parsed inputs are stored together up to these sizes: a page per input costs little more than an item. */
const GROUP_ITEMS = 1000;
const GROUP_BYTES = 16 * 1024 * 1024;
const GROUP_INPUTS = 100;
/**
 * A group is sent to a free store once it holds this many items: fewer would spend more on each
 * group's dozen statements than they take to store (a run of one-item pages sent page by page
 * took longer than in groups of a hundred).
 */
const MIN_GROUP_ITEMS = 100;

/**
 * Gathers parsed inputs into groups and stores each group while the next one is parsed, so the
 * parsing (this process) and the storing (PostgreSQL's) run on different cores. A group is sent
 * as soon as the store is free and it holds MIN_GROUP_ITEMS, so storing starts with the first
 * feed and groups grow only while the store is the slower side (waiting to fill a group of
 * GROUP_ITEMS left PostgreSQL idle at the start of every run, and the parsing thread idle at its
 * end). Groups are stored one after another in input order, each seeing everything stored before
 * it; at most two groups are held at once.
 */
export class GroupPipeline {
  private group: PreparedInput[] = [];
  private items = 0;
  private bytes = 0;
  /** The group being stored; when it is done, the inputs gathered meanwhile are sent. */
  private storing: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly store: (documents: PreparedInput[]) => Promise<void>) {}

  async add(document: PreparedInput): Promise<void> {
    this.throwFailure();
    this.group.push(document);
    this.items += document.prepared.length;
    this.bytes += document.input.bytes.length;
    if (!this.storing) {
      if (this.isWorthSending()) this.storeGroup();
    } else if (this.isFull()) await this.storing;
    // Parsing is synchronous: let the database's replies for the group being stored through.
    else await nextTurn();
    this.throwFailure();
  }

  /** Waits for everything added so far to be stored. */
  async finish(): Promise<void> {
    for (;;) {
      if (this.storing) await this.storing;
      else if (!this.failure && this.group.length > 0) this.storeGroup();
      else break;
    }
    this.throwFailure();
  }

  private storeGroup(): void {
    const documents = this.group;
    [this.group, this.items, this.bytes] = [[], 0, 0];
    // Caught here and rethrown by the caller's next call: a rejection nobody awaits yet would be "unhandled".
    this.storing = this.store(documents).then(
      () => {
        this.storing = null;
        if (this.isWorthSending()) this.storeGroup();
      },
      (error: unknown) => {
        this.storing = null;
        this.failure = { error };
      },
    );
  }

  private isWorthSending(): boolean {
    return this.items >= MIN_GROUP_ITEMS || this.isFull();
  }

  private isFull(): boolean {
    return this.items >= GROUP_ITEMS || this.bytes >= GROUP_BYTES || this.group.length >= GROUP_INPUTS;
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
