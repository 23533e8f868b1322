import { listCorrections, loadPublishedNotice, type PublicSite } from "@tekser/api";
import type { Db } from "@tekser/db";
import { renderCorrectionsFeed, renderCorrectionsPage, renderEmbedCard, type PublisherInfo } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { sendCacheable } from "./public-routes.ts";

const CORRECTIONS_SIZE = 200;

/** The public corrections log and the embeddable notice card. */
export function registerCorrectionAndEmbedRoutes(app: FastifyInstance, db: Db, site: PublicSite): void {
  const publisher: PublisherInfo = { name: site.organisationName, url: site.organisationUrl, baseUrl: site.baseUrl };

  app.get("/corrections", async (request, reply) => {
    const entries = await listCorrections(db, CORRECTIONS_SIZE);
    return sendCacheable(request, reply, "text/html; charset=utf-8", renderCorrectionsPage(entries, publisher));
  });
  app.get("/corrections.atom", async (request, reply) => {
    const entries = await listCorrections(db, CORRECTIONS_SIZE);
    return sendCacheable(request, reply, "application/atom+xml; charset=utf-8", renderCorrectionsFeed(entries, publisher, `${site.baseUrl}${request.url}`));
  });

  // Meant for other sites' iframes: any origin may frame it (the dashboard itself may not).
  app.get<{ Params: { id: string } }>("/embed/notices/:id", async (request, reply) => {
    const id = z.uuid().safeParse(request.params.id);
    const notice = id.success ? await loadPublishedNotice(db, id.data) : null;
    reply.header("Content-Security-Policy", "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'");
    if (!notice) return reply.code(404).type("text/html; charset=utf-8").send("<!doctype html><title>Not found</title><p>No such notice</p>");
    return sendCacheable(request, reply, "text/html; charset=utf-8", renderEmbedCard(notice, publisher));
  });
}
