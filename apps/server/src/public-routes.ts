import { createHash } from "node:crypto";
import { listPublishedNotices, loadPublishedNotice, publicKeySet, type PublicSite } from "@tekser/api";
import { ZLang, ZVerdict, type TPublishedNotice } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { renderAtomFeed, renderJsonFeed, renderNoticePage, renderRssFeed, type PublisherInfo } from "@tekser/publish";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

const FEED_SIZE = 50;

const ZFeedQuery = z.object({ lang: ZLang.optional(), verdict: ZVerdict.optional() });

type FeedRenderer = (notices: TPublishedNotice[], publisher: PublisherInfo, opts: { selfUrl: string }) => string;

const FEEDS: { path: string; contentType: string; render: FeedRenderer }[] = [
  { path: "/feed.xml", contentType: "application/rss+xml; charset=utf-8", render: renderRssFeed },
  { path: "/feed.atom", contentType: "application/atom+xml; charset=utf-8", render: renderAtomFeed },
  { path: "/feed.json", contentType: "application/feed+json; charset=utf-8", render: renderJsonFeed },
];

/** Public, unauthenticated outputs: the feeds, the notice pages and the signing keys. */
export function registerPublicRoutes(app: FastifyInstance, db: Db, site: PublicSite): void {
  const publisher: PublisherInfo = { name: site.organisationName, url: site.organisationUrl, baseUrl: site.baseUrl };

  for (const feed of FEEDS) {
    app.get(feed.path, async (request, reply) => {
      const query = ZFeedQuery.safeParse(request.query);
      if (!query.success) {
        return reply.code(400).send({ error: "Bad feed filter", issues: z.flattenError(query.error).fieldErrors });
      }
      const notices = await listPublishedNotices(db, { ...query.data, limit: FEED_SIZE });
      const body = feed.render(notices, publisher, { selfUrl: `${site.baseUrl}${request.url}` });
      return sendCacheable(request, reply, feed.contentType, body);
    });
  }

  app.get<{ Params: { id: string } }>("/notices/:id", async (request, reply) => {
    const id = z.uuid().safeParse(request.params.id);
    const notice = id.success ? await loadPublishedNotice(db, id.data) : null;
    if (!notice) return reply.code(404).type("text/html; charset=utf-8").send("<!doctype html><title>Not found</title><h1>No such notice</h1>");
    return sendCacheable(request, reply, "text/html; charset=utf-8", renderNoticePage(notice, publisher));
  });

  // The Ed25519 public keys (RFC 7517 key set) that verify signed notices and audit checkpoints.
  app.get("/.well-known/jwks.json", async (request, reply) => {
    return sendCacheable(request, reply, "application/jwk-set+json", JSON.stringify(await publicKeySet(db)));
  });
}

/** Strong ETag over the body; a matching If-None-Match gets 304 with no body. */
function sendCacheable(request: FastifyRequest, reply: FastifyReply, contentType: string, body: string) {
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  reply.header("ETag", etag).header("Cache-Control", "public, max-age=60").type(contentType);
  if (request.headers["if-none-match"] === etag) return reply.code(304).send();
  return reply.send(body);
}
