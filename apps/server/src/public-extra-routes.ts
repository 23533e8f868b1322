import {
  listCorrections,
  loadEvidenceArchive,
  loadPublishedNotice,
  loadSignedVersion,
  type PublicSite,
} from "@tekser/domain";
import { INPUT_BOUNDS } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { noticeUrl, renderCorrectionsFeed, renderCorrectionsPage, renderEmbedCard } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { PRECOMPRESSED, PublicBody, sendPublicBody } from "./public-body.ts";
import type { PublicBodyCache } from "./public-body-cache.ts";
import { pathOf, publisherOf, sendCacheable } from "./public-routes.ts";

const CORRECTIONS_SIZE = 200;

/** The public corrections log, every signed version, and the embeddable notice card. */
export function registerCorrectionAndEmbedRoutes(
  app: FastifyInstance,
  db: Db,
  site: PublicSite,
  bodies: PublicBodyCache,
): void {
  const publisher = publisherOf(site);

  app.get("/corrections", PRECOMPRESSED, async (request, reply) => {
    const body = await bodies.get(
      pathOf(request),
      async () =>
        new PublicBody(
          renderCorrectionsPage(await listCorrections(db, CORRECTIONS_SIZE), publisher),
          "text/html; charset=utf-8",
        ),
    );
    return sendPublicBody(request, reply, body);
  });
  app.get("/corrections.atom", PRECOMPRESSED, async (request, reply) => {
    const body = await bodies.get(request.url, async () => {
      const entries = await listCorrections(db, CORRECTIONS_SIZE);
      return new PublicBody(
        renderCorrectionsFeed(entries, publisher, `${site.baseUrl}${request.url}`),
        "application/atom+xml; charset=utf-8",
      );
    });
    return sendPublicBody(request, reply, body);
  });

  // Every version stays public as signed, so a reader can see exactly what a correction changed.
  app.get<{ Params: { id: string; version: string } }>(
    "/notices/:id/versions/:version",
    PRECOMPRESSED,
    async (request, reply) => {
      const params = z
        .object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(INPUT_BOUNDS.maxInt4) })
        .safeParse(request.params);
      const body = await bodies.get(pathOf(request), async () => {
        const signed = params.success ? await loadSignedVersion(db, params.data.id, params.data.version) : null;
        return (
          signed &&
          new PublicBody(
            JSON.stringify({ url: noticeUrl(site.baseUrl, signed.document.id), ...signed }, null, 2),
            "application/json; charset=utf-8",
          )
        );
      });
      if (!body) return reply.code(404).send({ error: "No signed version with this id and number" });
      reply.header("Access-Control-Allow-Origin", "*");
      return sendPublicBody(request, reply, body);
    },
  );

  // Tekser's copy of a cited source, verbatim and inert: plain text, sandboxed, never sniffed.
  app.get<{ Params: { id: string } }>("/evidence/:id/archive", async (request, reply) => {
    const id = z.uuid().safeParse(request.params.id);
    const archive = id.success ? await loadEvidenceArchive(db, id.data) : null;
    if (!archive)
      return reply.code(404).type("text/plain; charset=utf-8").send("No archived copy of this source (yet).");
    reply.header("Content-Security-Policy", "sandbox").header("X-Content-Type-Options", "nosniff");
    reply
      .header("X-Archived-From", encodeURI(archive.url))
      .header("X-Archived-At", archive.at)
      .header("X-Archive-SHA256", archive.hash ?? "");
    return sendCacheable(request, reply, "text/plain; charset=utf-8", archive.text);
  });

  // Meant for other sites' iframes: any origin may frame it (the dashboard itself may not).
  app.get<{ Params: { id: string } }>("/embed/notices/:id", PRECOMPRESSED, async (request, reply) => {
    const id = z.uuid().safeParse(request.params.id);
    const body = await bodies.get(pathOf(request), async () => {
      const notice = id.success ? await loadPublishedNotice(db, id.data) : null;
      return notice && new PublicBody(renderEmbedCard(notice, publisher), "text/html; charset=utf-8");
    });
    reply.header("Content-Security-Policy", "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'");
    if (!body)
      return reply
        .code(404)
        .type("text/html; charset=utf-8")
        .send("<!doctype html><title>Not found</title><p>No such notice</p>");
    return sendPublicBody(request, reply, body);
  });
}
