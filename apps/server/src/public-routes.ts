import {
  listCheckpoints,
  listPublishedNotices,
  loadPublishedNotice,
  publicKeySet,
  type PublicSite,
} from "@tekser/domain";
import { ZLang, ZVerdict, type TPublishedNotice } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import {
  noticeUrl,
  renderAtomFeed,
  renderJsonFeed,
  renderNoticePage,
  renderRssFeed,
  type PublisherInfo,
} from "@tekser/publish";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { PRECOMPRESSED, PublicBody, sendPublicBody } from "./public-body.ts";
import type { PublicBodyCache } from "./public-body-cache.ts";
import { ifNoneMatchNames, strongEtag } from "./strong-etag.ts";

const FEED_SIZE = 50;
const CHECKPOINT_LIST_SIZE = 500;

const ZFeedQuery = z.object({ lang: ZLang.optional(), verdict: ZVerdict.optional() });

type FeedRenderer = (notices: TPublishedNotice[], publisher: PublisherInfo, opts: { selfUrl: string }) => string;

const FEEDS: { path: string; contentType: string; render: FeedRenderer }[] = [
  { path: "/feed.xml", contentType: "application/rss+xml; charset=utf-8", render: renderRssFeed },
  { path: "/feed.atom", contentType: "application/atom+xml; charset=utf-8", render: renderAtomFeed },
  { path: "/feed.json", contentType: "application/feed+json; charset=utf-8", render: renderJsonFeed },
];

/** The organisation and desk the public outputs speak for, as this instance is configured. */
export function publisherOf(site: PublicSite): PublisherInfo {
  return { name: site.organisationName, url: site.organisationUrl, baseUrl: site.baseUrl, timeZone: site.timeZone };
}

/** Public, unauthenticated outputs: the feeds, the notice pages and the signing keys. */
export function registerPublicRoutes(app: FastifyInstance, db: Db, site: PublicSite, bodies: PublicBodyCache): void {
  const publisher = publisherOf(site);

  for (const feed of FEEDS) {
    app.get(feed.path, PRECOMPRESSED, async (request, reply) => {
      const query = ZFeedQuery.safeParse(request.query);
      if (!query.success) {
        return reply.code(400).send({ error: "Bad feed filter", issues: z.flattenError(query.error).fieldErrors });
      }
      const body = await bodies.get(request.url, async () => {
        const notices = await listPublishedNotices(db, { ...query.data, limit: FEED_SIZE });
        return new PublicBody(
          feed.render(notices, publisher, { selfUrl: `${site.baseUrl}${request.url}` }),
          feed.contentType,
        );
      });
      return sendPublicBody(request, reply, body);
    });
  }

  // `/notices/<id>` is the page; `/notices/<id>.json` the current version's signed document.
  app.get<{ Params: { id: string } }>("/notices/:id", PRECOMPRESSED, async (request, reply) => {
    const asJson = request.params.id.endsWith(".json");
    const id = z.uuid().safeParse(asJson ? request.params.id.slice(0, -".json".length) : request.params.id);
    const body = await bodies.get(pathOf(request), async () => {
      const notice = id.success ? await loadPublishedNotice(db, id.data) : null;
      if (asJson) {
        if (!notice?.signed) return null;
        return new PublicBody(
          JSON.stringify({ url: noticeUrl(site.baseUrl, notice.id), ...notice.signed }, null, 2),
          "application/json; charset=utf-8",
        );
      }
      return notice && new PublicBody(renderNoticePage(notice, publisher), "text/html; charset=utf-8");
    });
    if (asJson) {
      if (!body) return reply.code(404).send({ error: "No signed notice with this id" });
      // Public and signed: any newsroom's page may fetch and verify it in the browser.
      reply.header("Access-Control-Allow-Origin", "*");
      return sendPublicBody(request, reply, body);
    }
    if (!body)
      return reply
        .code(404)
        .type("text/html; charset=utf-8")
        .send("<!doctype html><title>Not found</title><h1>No such notice</h1>");
    return sendPublicBody(request, reply, body);
  });

  // The Ed25519 public keys (RFC 7517 key set) that verify signed notices and audit checkpoints.
  app.get("/.well-known/jwks.json", async (request, reply) => {
    reply.header("Access-Control-Allow-Origin", "*");
    return sendCacheable(request, reply, "application/jwk-set+json", JSON.stringify(await publicKeySet(db)));
  });

  // Signed audit checkpoints: save one now, and later check the chain still contains it
  // (`tekser audit verify --checkpoint latest.json`). Signatures verify against the key set above.
  app.get("/audit/checkpoints.json", async (request, reply) => {
    const body = {
      keys: `${site.baseUrl}/.well-known/jwks.json`,
      checkpoints: await listCheckpoints(db, CHECKPOINT_LIST_SIZE),
    };
    return sendCacheable(request, reply, "application/json; charset=utf-8", JSON.stringify(body));
  });
  app.get("/audit/checkpoints/latest.json", async (request, reply) => {
    const [latest] = await listCheckpoints(db, 1);
    if (!latest) return reply.code(404).send({ error: "No checkpoint has been signed yet" });
    return sendCacheable(request, reply, "application/json; charset=utf-8", JSON.stringify(latest));
  });
}

/** The request's path without its query: the key of an answer that no query changes. */
export function pathOf(request: FastifyRequest): string {
  return request.url.split("?", 1)[0] ?? request.url;
}

/**
 * Strong ETag over the body; a matching If-None-Match gets 304 with no body. For the answers not
 * kept by PublicBodyCache (keys, checkpoints, archived sources), which @fastify/compress
 * compresses per request.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, contentType: string, body: string) {
  const etag = strongEtag(body);
  reply.header("ETag", etag).header("Cache-Control", "public, max-age=60").type(contentType);
  if (ifNoneMatchNames(request.headers["if-none-match"], etag)) return reply.code(304).send();
  return reply.send(body);
}
