import { isResyncEvent, type TAuditSubjectType, type TRealtimeEvent } from "@tekser/contracts";
import type { ChangeHub } from "@tekser/domain";
import { strongEtag } from "./strong-etag.ts";

/** Feed URLs kept at once: the query string is free text, so the map must not grow with it. */
const MAX_ENTRIES = 64;

/** Audited changes to these subjects can change what a feed shows (publish, correct, retract, re-sign). */
const FEED_SUBJECTS: ReadonlySet<TAuditSubjectType> = new Set(["notice", "signing_key"]);

export interface RenderedFeed {
  body: string;
  etag: string;
}

interface Entry {
  generation: number;
  feed: Promise<RenderedFeed>;
}

/**
 * Rendered public feeds, shared by every request of this process, so a crawler storm costs a map
 * lookup per request and the desk's own requests are not kept waiting behind feed renders and
 * database queries. A feed is rendered once per generation (concurrent requests wait for the same
 * render), with its ETag. The generation moves on every announced publication, correction and
 * retraction from any server process (the database's change notifications), and when the
 * notification listener was away, since changes may have gone unannounced meanwhile.
 */
export class RenderedFeedCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  /** Follows `changes` until `signal` aborts. */
  constructor(changes: ChangeHub, signal: AbortSignal) {
    void (async () => {
      for await (const event of changes.stream(signal)) if (altersFeeds(event)) this.generation++;
    })();
  }

  get(key: string, render: () => Promise<string>): Promise<RenderedFeed> {
    const cached = this.entries.get(key);
    if (cached?.generation === this.generation) return cached.feed;
    const feed = render().then((body) => ({ body, etag: strongEtag(body) }));
    this.entries.delete(key);
    this.entries.set(key, { generation: this.generation, feed });
    // A failed render is not kept: the next request tries again.
    feed.catch(() => this.entries.get(key)?.feed === feed && this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return feed;
  }
}

function altersFeeds(event: TRealtimeEvent): boolean {
  return isResyncEvent(event)
    ? event.reason === "listener_reconnected"
    : FEED_SUBJECTS.has(event.subjectType as TAuditSubjectType);
}
