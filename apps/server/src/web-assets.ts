import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { Db } from "@tekser/db";
import type { FastifyInstance } from "fastify";
import { appShellHandler } from "./app-shell.ts";

/** Vite names every built script and stylesheet under assets/ after a hash of its content. */
const HASHED_ASSETS_DIR = `${path.sep}assets${path.sep}`;

/** A hashed file never changes under its name: a browser may keep it for a year without asking. */
const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Files beside the shell (the favicon) may change under their name: a browser asks again each time. */
const REVALIDATE_CACHE = "no-cache";

/**
 * Compresses, per request, every compressible answer that does not come compressed already (the
 * dashboard's tRPC answers and shell, keys, checkpoints) for clients that accept it. Public pages
 * (PublicBody) and the built assets (precompressed at build time) carry their own encodings.
 * Registered before the routes so their replies pass through it; server-sent events are left
 * alone by the plugin's default types, so realtime updates are not held back in a buffer.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, encodings: ["br", "gzip"] });
}

/**
 * The built dashboard: hashed assets cached for good; the app shell, with its reader's boot
 * payload, at / and at every other path that wants HTML (the client's routes).
 */
export async function registerWebAssets(app: FastifyInstance, webDistDir: string, db: Db): Promise<void> {
  if (!existsSync(webDistDir)) {
    app.log.warn(`web app not built (${webDistDir} missing): run pnpm build`);
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    cacheControl: false,
    // The build writes each script and stylesheet beside itself as .br and .gz: sent as they are,
    // compressed once at build time rather than per download.
    preCompressed: true,
    // The shell is never served as a file: it carries the reader's boot payload (app-shell.ts).
    globIgnore: ["index.html"],
    setHeaders: (reply, filePath) => {
      reply.header("cache-control", filePath.includes(HASHED_ASSETS_DIR) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
  const serveShell = appShellHandler(readFileSync(path.join(webDistDir, "index.html"), "utf8"), db);
  app.get("/", serveShell);
  // Client-side routes: any other GET that wants HTML gets the app shell.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && request.headers.accept?.includes("text/html")) {
      return serveShell(request, reply);
    }
    return reply.code(404).send({ error: "Not found", path: request.url });
  });
}
