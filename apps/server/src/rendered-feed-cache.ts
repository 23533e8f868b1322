import type { Db } from "@tekser/db";

/** Feed URLs kept at once: the query string is free text, so the map must not grow with it. */
const MAX_ENTRIES = 64;

interface Entry {
  version: string;
  body: Promise<string>;
}

/**
 * Rendered public feeds, shared by every request of this process. A crawler storm used to cost
 * a notice query, a load of 50 notices and a render per request (p95 560–817 ms at 50 clients);
 * now each request costs one indexed lookup of the publication version, and a feed is rendered
 * once per version (concurrent requests wait for the same render). The version moves with every
 * publication, correction and retraction in any server process, so nothing stale is served and
 * no time-to-live is needed.
 */
export class RenderedFeedCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly db: Db) {}

  async get(key: string, render: () => Promise<string>): Promise<string> {
    const version = await publicationVersion(this.db);
    const cached = this.entries.get(key);
    if (cached?.version === version) return cached.body;
    const body = render();
    this.entries.delete(key);
    this.entries.set(key, { version, body });
    // A failed render is not kept: the next request tries again.
    body.catch(() => this.entries.get(key)?.body === body && this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return body;
  }
}

/** Changes whenever a notice is published, corrected or retracted (its feed order is `updatedAt`). */
async function publicationVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT coalesce((SELECT max("changeSeq") FROM "NoticeVersion"), 0)::text || '/' ||
           coalesce((SELECT max("updatedAt") FROM "Notice")::text, '') || '/' ||
           (SELECT count(*) FROM "NoticeVersion")::text AS version`;
  return row?.version ?? "";
}
