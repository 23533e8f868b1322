import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestInput } from "@tekser/api";

export interface UnreadableInput {
  input: string;
  message: string;
}

/**
 * Expands files and directories (recursively, in name order) into ingest inputs, reading one
 * file at a time; paths that cannot be read are reported through `onUnreadable`.
 */
export async function* readInputs(paths: string[], onUnreadable: (problem: UnreadableInput) => void): AsyncGenerator<IngestInput> {
  for (const inputPath of paths) {
    let info;
    try {
      info = await stat(inputPath);
    } catch (error) {
      onUnreadable({ input: inputPath, message: describeIoError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(inputPath)).filter((name) => !name.startsWith(".")).sort();
      yield* readInputs(entries.map((name) => path.join(inputPath, name)), onUnreadable);
      continue;
    }
    try {
      yield { name: inputPath, bytes: await readFile(inputPath) };
    } catch (error) {
      onUnreadable({ input: inputPath, message: describeIoError(error) });
    }
  }
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "No such file or directory";
  if (code === "EACCES") return "Permission denied";
  return error instanceof Error ? error.message : String(error);
}
