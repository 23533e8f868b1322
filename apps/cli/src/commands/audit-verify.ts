import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { verifyCheckpointSignature } from "@tekser/domain/audit/audit-checkpoints.ts";
import { toVerifyResult, verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";
import { ZPublicKeySet } from "@tekser/signing";
import { verifyExportLines, type ChainHead } from "@tekser/audit";
import { ZSignedCheckpoint, type TChainVerifyResult } from "@tekser/contracts";
import { withDatabase } from "../database.ts";
import type { CliEnv } from "../env.ts";
import { writeOut } from "../output.ts";

export interface AuditVerifyOptions {
  json: boolean;
  /** An export (JSON Lines) to verify offline instead of the database. */
  file?: string | undefined;
  /** A saved checkpoint (e.g. from /audit/checkpoints/latest.json) the chain must still contain. */
  checkpoint?: string | undefined;
  /** The public key set (a saved /.well-known/jwks.json) the checkpoint's signature must verify against. */
  keys?: string | undefined;
}

type Outcome =
  | { result: TChainVerifyResult; source: string; complete: boolean }
  | { unreadable: { input: string; line: number | null; message: string } };

/**
 * `tekser audit verify [--file export.jsonl] [--checkpoint cp.json] [--json]`: exit 0 when the
 * chain is intact, 1 when it was tampered with, 2 when an input could not be read.
 */
export async function auditVerifyCommand(env: CliEnv, options: AuditVerifyOptions): Promise<number> {
  const outcome = await verify(env, options);
  if ("unreadable" in outcome) {
    const { input, line, message } = outcome.unreadable;
    await writeOut(options.json ? `${JSON.stringify({ ok: false, unreadable: outcome.unreadable })}\n` : "");
    if (!options.json) process.stderr.write(`${input}${line === null ? "" : `:${line}`}: ${message}\n`);
    return 2;
  }
  const { result, source, complete } = outcome;
  await writeOut(
    options.json ? `${JSON.stringify({ ...result, source, complete })}\n` : formatResult(result, source, complete),
  );
  return result.ok ? 0 : 1;
}

async function verify(env: CliEnv, options: AuditVerifyOptions): Promise<Outcome> {
  let checkpoint: ChainHead | null = null;
  if (options.checkpoint) {
    const read = await readCheckpoint(options.checkpoint, options.keys);
    if ("unreadable" in read) return read;
    checkpoint = read.head;
  }
  if (options.file) {
    const lines = createInterface({ input: createReadStream(options.file, "utf8"), crlfDelay: Infinity });
    const report = await verifyExportLines(lines, checkpoint).catch((error: NodeJS.ErrnoException) => ({
      ok: false as const,
      unreadable: { line: 0, message: error.code === "ENOENT" ? "No such file or directory" : error.message },
    }));
    if (report.unreadable)
      return {
        unreadable: { input: options.file, line: report.unreadable.line || null, message: report.unreadable.message },
      };
    return { result: toVerifyResult(report, checkpoint), source: options.file, complete: report.complete };
  }
  const report = await withDatabase(env, (db) => verifyStoredChain(db, { checkpoint }));
  return { result: toVerifyResult(report, checkpoint), source: "database", complete: true };
}

/** A saved checkpoint; with `keysFile`, only one whose Ed25519 signature verifies is accepted. */
async function readCheckpoint(
  file: string,
  keysFile?: string,
): Promise<{ head: ChainHead } | { unreadable: { input: string; line: null; message: string } }> {
  try {
    const parsed = ZSignedCheckpoint.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success)
      return {
        unreadable: {
          input: file,
          line: null,
          message: `not a checkpoint: ${parsed.error.issues[0]?.path.join(".") ?? ""} ${parsed.error.issues[0]?.message ?? ""}`,
        },
      };
    if (keysFile) {
      const keys = ZPublicKeySet.parse(JSON.parse(await readFile(keysFile, "utf8")));
      const check = verifyCheckpointSignature(parsed.data, keys);
      if (!check.valid)
        return {
          unreadable: {
            input: file,
            line: null,
            message: `the checkpoint's signature does not verify: ${check.message}`,
          },
        };
    }
    return { head: { seq: parsed.data.seq, hash: parsed.data.headHash } };
  } catch (error) {
    return { unreadable: { input: file, line: null, message: (error as Error).message } };
  }
}

function formatResult(result: TChainVerifyResult, source: string, complete: boolean): string {
  const what = complete ? "audit chain" : "audit export (filtered: own hashes and consecutive links)";
  if (!result.ok && result.firstBreak) {
    return `TAMPERED ${what} in ${source}: ${result.firstBreak.message}\n  checked ${result.checked} events before the break\n`;
  }
  const head = result.head ? `head #${result.head.seq} ${result.head.hash}` : "empty";
  const checkpoint = result.checkpoint ? `\n  contains checkpoint #${result.checkpoint.seq}` : "";
  return `OK ${what} in ${source}: ${result.checked} events verified, ${head}${checkpoint}\n`;
}
