import { createHash } from "node:crypto";
import fastifyMultipart from "@fastify/multipart";
import { storeImage, submitWebTip, UnsupportedImageError, type PublicSite } from "@tekser/domain";
import { ZSubmitTipInput, ZTipFormLang, type TTipFormLang } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { renderSubmitPage, type SubmitOutcome } from "@tekser/publish";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { publisherOf } from "./public-routes.ts";

/** An uploaded image is read up to this size; a larger one is refused by the multipart parser. */
const IMAGE_LIMIT_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);
const FIELD_LIMIT_BYTES = 16 * 1024;

const STATUS_OF: Record<SubmitOutcome, number> = { accepted: 200, "too-many": 429, invalid: 400 };

/**
 * The public tip form at /submit (kk, ru, en): a plain HTML form posted as multipart, so it works
 * without scripts. An image is stored at once (by its SHA-256) and kept as a reference for the
 * media stage, which reads and matches it.
 */
export async function registerSubmitTipRoute(app: FastifyInstance, db: Db, site: PublicSite): Promise<void> {
  const publisher = publisherOf(site);
  const page = (reply: FastifyReply, lang: TTipFormLang, outcome?: SubmitOutcome) =>
    reply
      .code(outcome ? STATUS_OF[outcome] : 200)
      .header("cache-control", "no-store")
      .type("text/html; charset=utf-8")
      .send(renderSubmitPage(lang, publisher, outcome));

  app.get("/submit", async (request, reply) => page(reply, langOf((request.query as Record<string, unknown>).lang)));

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: IMAGE_LIMIT_BYTES, files: 1, fields: 8, fieldSize: FIELD_LIMIT_BYTES },
    });
    scope.post("/submit", async (request, reply) => {
      const form = await readForm(request, db);
      const lang = langOf(form.fields.lang);
      const input = ZSubmitTipInput.safeParse({
        lang,
        text: form.fields.text ?? "",
        link: form.fields.link ?? "",
        contact: form.fields.contact ?? "",
      });
      if (!input.success || form.imageRefused) return page(reply, lang, "invalid");
      return page(reply, lang, await submitWebTip(db, request.ip, input.data, form.mediaRefs));
    });
  });
}

async function readForm(
  request: FastifyRequest,
  db: Db,
): Promise<{ fields: Record<string, string>; mediaRefs: string[]; imageRefused: boolean }> {
  const fields: Record<string, string> = {};
  const mediaRefs: string[] = [];
  let imageRefused = false;
  if (!request.isMultipart()) return { fields, mediaRefs, imageRefused: false };
  for await (const part of request.parts()) {
    if (part.type === "field") {
      if (typeof part.value === "string") fields[part.fieldname] = part.value;
      continue;
    }
    const bytes = await part.toBuffer();
    if (bytes.length === 0) continue;
    if (part.fieldname !== "image" || !IMAGE_TYPES.has(part.mimetype)) imageRefused = true;
    else if (!(await storedImage(db, bytes))) imageRefused = true;
    else mediaRefs.push(`upload:sha256:${createHash("sha256").update(bytes).digest("hex")}`);
  }
  return { fields, mediaRefs, imageRefused };
}

function langOf(value: unknown): TTipFormLang {
  const parsed = ZTipFormLang.safeParse(value);
  return parsed.success ? parsed.data : "kk";
}

/** Keeps an uploaded image in the media store; false when its bytes are no image (whatever the form said). */
async function storedImage(db: Db, bytes: Buffer): Promise<boolean> {
  try {
    await storeImage(db, bytes);
    return true;
  } catch (error) {
    if (error instanceof UnsupportedImageError) return false;
    throw error;
  }
}
