import { setImmediate as nextTurn } from "node:timers/promises";
import type { PreparedInput } from "./ingest-documents.ts";

/** Parsed inputs are stored together up to these sizes: a page per input costs little more than an item. */
const GROUP_ITEMS = 1000;
const GROUP_BYTES = 16 * 1024 * 1024;
const GROUP_INPUTS = 100;

/**
 * Gathers parsed inputs into groups and stores each group while the next one is parsed, so the
 * parsing (this process) and the storing (PostgreSQL's) run on different cores. Groups are stored
 * one after another in input order, each seeing everything stored before it; at most two groups
 * are held at once.
 */
export class GroupPipeline {
  private group: PreparedInput[] = [];
  private items = 0;
  private bytes = 0;
  private storing: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly store: (documents: PreparedInput[]) => Promise<void>) {}

  async add(document: PreparedInput): Promise<void> {
    this.group.push(document);
    this.items += document.prepared.length;
    this.bytes += document.input.bytes.length;
    if (this.items >= GROUP_ITEMS || this.bytes >= GROUP_BYTES || this.group.length >= GROUP_INPUTS) await this.flush();
    // Parsing is synchronous: let the database's replies for the group being stored through.
    else if (this.storing) await nextTurn();
  }

  /** Waits for everything added so far to be stored. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
  }

  private async flush(): Promise<void> {
    const documents = this.group;
    [this.group, this.items, this.bytes] = [[], 0, 0];
    await this.settle();
    if (documents.length === 0) return;
    // Caught here and rethrown by the next settle: a rejection nobody awaits yet would be "unhandled".
    this.storing = this.store(documents).catch((error: unknown) => {
      this.failure = { error };
    });
  }

  private async settle(): Promise<void> {
    await this.storing;
    this.storing = null;
    if (this.failure) throw this.failure.error;
  }
}
