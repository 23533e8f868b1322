import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Vite names every built script and stylesheet under assets/ after a hash of its content. */
const HASHED_ASSETS_DIR = `${path.sep}assets${path.sep}`;

/** A hashed file never changes under its name: a browser may keep it for a year without asking. */
const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** The app shell names the current hashes, so a browser asks again each time (a 304 when unchanged). */
const REVALIDATE_CACHE = "no-cache";

/**
 * Compresses every compressible answer (scripts, JSON, feeds, pages) for clients that accept it.
 * Registered before the routes so their replies pass through it; server-sent events are left
 * alone by the plugin's default types, so realtime updates are not held back in a buffer.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, encodings: ["br", "gzip"] });
}

/** The built dashboard: hashed assets cached for good, the app shell revalidated, unknown paths to the shell. */
export async function registerWebAssets(app: FastifyInstance, webDistDir: string): Promise<void> {
  if (!existsSync(webDistDir)) {
    app.log.warn(`web app not built (${webDistDir} missing): run pnpm build`);
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header("cache-control", filePath.includes(HASHED_ASSETS_DIR) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
  // Client-side routes: any other GET that wants HTML gets the app shell.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && request.headers.accept?.includes("text/html")) {
      return reply.sendFile("index.html");
    }
    return reply.code(404).send({ error: "Not found", path: request.url });
  });
}
