import { altersPublicPages, isResyncEvent, type TRealtimeEvent } from "@tekser/contracts";
import type { ChangeHub } from "@tekser/domain";
import type { FastifyInstance } from "fastify";
import type { PublicBody } from "./public-body.ts";

/**
 * Public answers kept at once. The key is the request's URL and its query string is free text
 * (archive searches), so the map must not grow with it; the least recently read goes first. At a
 * few tens of kilobytes per page and its two compressed forms, this is some tens of megabytes.
 */
const MAX_ENTRIES = 512;

/**
 * How long an answer is reused at most, announced change or not: a change another way than an
 * audited action (a database edited by hand, a lost notification) shows within this time.
 * Readers' caches keep the answers as long (Cache-Control max-age=60).
 */
const MAX_AGE_MS = 60_000;

interface Entry {
  generation: number;
  renderedAt: number;
  body: Promise<PublicBody | null>;
}

/**
 * Rendered public answers (feeds, notice pages and their signed JSON, embed cards, the archive,
 * the corrections log), shared by every request of this process, so a crawler storm costs a map
 * lookup and a write per request: no database query, no render, no compression. An answer is
 * rendered once per generation (concurrent requests wait for the same render); null stands for
 * "nothing here" (a 404), kept as well. The generation moves on every announced publication,
 * correction and retraction from any server process (the database's change notifications), and
 * when the notification listener was away, since changes may have gone unannounced meanwhile.
 */
export class PublicBodyCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  /** Follows `changes` until `signal` aborts. */
  constructor(changes: ChangeHub, signal: AbortSignal) {
    void (async () => {
      for await (const event of changes.stream(signal)) if (startsNewGeneration(event)) this.generation++;
    })();
  }

  /**
   * The answer at `key`, rendered by `render` unless a current one is kept. A key is one route's
   * (its path, with the query when it matters), so what is kept there is what `render` returns.
   */
  get<T extends PublicBody | null>(key: string, render: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    const now = Date.now();
    this.entries.delete(key);
    if (cached?.generation === this.generation && now - cached.renderedAt < MAX_AGE_MS) {
      this.entries.set(key, cached);
      return cached.body as Promise<T>;
    }
    const body = render();
    this.entries.set(key, { generation: this.generation, renderedAt: now, body });
    // A failed render is not kept: the next request tries again.
    body.catch(() => this.entries.get(key)?.body === body && this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return body;
  }
}

function startsNewGeneration(event: TRealtimeEvent): boolean {
  return isResyncEvent(event) ? event.reason === "listener_reconnected" : altersPublicPages(event.action);
}

/** The public answers of `scope`'s routes, following `changes` until the scope closes. */
export function publicBodyCacheOf(scope: FastifyInstance, changes: ChangeHub): PublicBodyCache {
  const stopFollowingChanges = new AbortController();
  scope.addHook("onClose", (_instance, done) => {
    stopFollowingChanges.abort();
    done();
  });
  return new PublicBodyCache(changes, stopFollowingChanges.signal);
}
