import { setImmediate as nextTurn } from "node:timers/promises";
import type { PreparedInput } from "./ingest-documents.ts";

/** Parsed inputs are stored together up to these sizes: a page per input costs little more than an item. */
const GROUP_ITEMS = 1000;
const GROUP_BYTES = 16 * 1024 * 1024;
const GROUP_INPUTS = 100;

/**
 * Gathers parsed inputs into groups and stores each group while the next one is parsed, so the
 * parsing (this process) and the storing (PostgreSQL's) run on different cores. A group is sent
 * as soon as the store is free, so storing starts with the first input and groups grow only
 * while the store is the slower side (waiting to fill a fixed size left PostgreSQL idle at the
 * start of every run, and the parsing thread idle at its end). Groups are stored one after
 * another in input order, each seeing everything stored before it; at most two groups are held
 * at once.
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
    if (!this.storing) this.storeGroup();
    else if (this.items >= GROUP_ITEMS || this.bytes >= GROUP_BYTES || this.group.length >= GROUP_INPUTS)
      await this.storing;
    // Parsing is synchronous: let the database's replies for the group being stored through.
    else await nextTurn();
    this.throwFailure();
  }

  /** Waits for everything added so far to be stored. */
  async finish(): Promise<void> {
    if (!this.storing && !this.failure && this.group.length > 0) this.storeGroup();
    while (this.storing) await this.storing;
    this.throwFailure();
  }

  private storeGroup(): void {
    const documents = this.group;
    [this.group, this.items, this.bytes] = [[], 0, 0];
    // Caught here and rethrown by the caller's next call: a rejection nobody awaits yet would be "unhandled".
    this.storing = this.store(documents).then(
      () => {
        this.storing = null;
        if (this.group.length > 0) this.storeGroup();
      },
      (error: unknown) => {
        this.storing = null;
        this.failure = { error };
      },
    );
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
