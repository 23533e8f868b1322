import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

/**
 * Built files the server would otherwise compress for every download: text. index.html is left
 * out, since the server never sends it as a file (it carries the reader's boot payload).
 */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt|webmanifest)$/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir`, at the best
 * compression (paid once, at build time), for the server to send as they are. Returns how many
 * files were compressed.
 */
export async function writePrecompressedSiblings(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && COMPRESSIBLE.test(entry.name),
  );
  await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file);
      await writeFile(
        `${file}.br`,
        await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
      );
      await writeFile(`${file}.gz`, await gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }));
    }),
  );
  return files.length;
}

/** Vite build step: the output's scripts and stylesheets compressed once, beside themselves. */
export function precompressedAssets(): Plugin {
  let outDir = "";
  return {
    name: "tekser-precompressed-assets",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await writePrecompressedSiblings(outDir);
    },
  };
}
