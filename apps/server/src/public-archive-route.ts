import { ARCHIVE_PAGE_SIZE, searchNoticeArchive, type PublicSite } from "@tekser/domain";
import { INPUT_BOUNDS, ZVerdict } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { renderArchivePage } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { PRECOMPRESSED, PublicBody, sendPublicBody } from "./public-body.ts";
import type { PublicBodyCache } from "./public-body-cache.ts";
import { publisherOf } from "./public-routes.ts";

const ZArchiveLang = z.enum(["kk", "ru", "en"]);
/** An empty field of the archive's form means "any", so "" is read as absent. */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const ZArchiveQuery = z.object({
  ui: blankAsAbsent(ZArchiveLang).transform((ui) => ui ?? "kk"),
  q: blankAsAbsent(z.string().max(200)),
  lang: blankAsAbsent(ZArchiveLang),
  verdict: blankAsAbsent(ZVerdict),
  page: blankAsAbsent(z.coerce.number().int().min(1).max(INPUT_BOUNDS.maxInt4)).transform((page) => page ?? 1),
});

/** The public archive of published notices, where the "Tekser" link of public pages leads. */
export function registerPublicArchiveRoute(
  app: FastifyInstance,
  db: Db,
  site: PublicSite,
  bodies: PublicBodyCache,
): void {
  const publisher = publisherOf(site);
  app.get("/archive", PRECOMPRESSED, async (request, reply) => {
    const query = ZArchiveQuery.safeParse(request.query);
    if (!query.success)
      return reply.code(400).send({ error: "Bad archive filter", issues: z.flattenError(query.error).fieldErrors });
    // Keyed by the filters as read, so parameters the page ignores cannot make a storm miss the cache.
    const body = await bodies.get(`/archive?${JSON.stringify(query.data)}`, async () => {
      const { ui, page, ...filters } = query.data;
      const { rows, total } = await searchNoticeArchive(db, { ...filters, page });
      return new PublicBody(
        renderArchivePage({ ui, filters, page, pageSize: ARCHIVE_PAGE_SIZE, total, rows }, publisher),
        "text/html; charset=utf-8",
      );
    });
    return sendPublicBody(request, reply, body);
  });
}
