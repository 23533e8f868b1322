import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A built web app's folder in the temporary directory: `files` by their path inside it. */
export function writeWebDist(files: Record<string, string | Buffer>): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-web-dist-"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
