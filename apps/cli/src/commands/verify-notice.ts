import { readFile } from "node:fs/promises";
import { ZNoticeDocument, ZNoticeSignature } from "@tekser/contracts";
import { verifyValue, ZPublicKeySet, type TPublicKeySet } from "@tekser/signing";
import { z } from "zod";
import { writeOut } from "../output.ts";

/** Anything that carries a signed notice: `/notices/<id>.json`, a pull-API change, a webhook body. */
const ZSignedCopy = z.object({ url: z.string().optional(), document: ZNoticeDocument, signature: ZNoticeSignature });

const VERIFY_EXIT = { valid: 0, altered: 1, unusable: 2 } as const;

/**
 * `tekser verify-notice <url|file> [--keys <file>]`: checks a notice's Ed25519 signature
 * against Tekser's public keys (the notice origin's /.well-known/jwks.json unless a key file is
 * given). Exit 0 valid, 1 altered or signed by an unknown key, 2 when it could not be checked.
 */
export async function verifyNoticeCommand(
  target: string | undefined,
  options: { keys?: string | undefined },
): Promise<number> {
  if (!target) return fail("usage: tekser verify-notice <url|file> [--keys <jwks file>]");
  let copy: z.infer<typeof ZSignedCopy>;
  let keys: TPublicKeySet;
  try {
    const isUrl = /^https?:\/\//i.test(target);
    const raw = isUrl
      ? await fetchJson(signedJsonUrl(target))
      : (JSON.parse(await readFile(target, "utf8")) as unknown);
    const parsed = ZSignedCopy.safeParse(raw);
    if (!parsed.success) return fail(`${target}: not a signed Tekser notice (${z.prettifyError(parsed.error)})`);
    copy = parsed.data;
    const keySource = options.keys ?? keySetUrl(isUrl ? target : copy.url);
    if (!keySource) return fail(`${target}: the copy names no origin to fetch keys from; pass --keys <jwks file>`);
    const keyJson = /^https?:\/\//i.test(keySource)
      ? await fetchJson(keySource)
      : (JSON.parse(await readFile(keySource, "utf8")) as unknown);
    keys = ZPublicKeySet.parse(keyJson);
  } catch (error) {
    return fail(`${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const check = verifyValue(copy.document, copy.signature, keys);
  const label = `notice ${copy.document.id} version ${copy.document.version} (${copy.document.kind}, ${copy.document.lang})`;
  if (check.valid) {
    await writeOut(`VALID: ${label} is signed by key ${check.kid}\n`);
    return VERIFY_EXIT.valid;
  }
  await writeOut(`ALTERED: ${label} does not verify: ${check.message}\n`);
  return VERIFY_EXIT.altered;
}

/** A notice page URL becomes its signed JSON (`/notices/<id>` → `/notices/<id>.json`). */
function signedJsonUrl(url: string): string {
  const parsed = new URL(url);
  if (/^\/notices\/[^/]+$/.test(parsed.pathname) && !parsed.pathname.endsWith(".json")) parsed.pathname += ".json";
  parsed.hash = "";
  return parsed.href;
}

function keySetUrl(url: string | undefined): string | undefined {
  return url ? new URL("/.well-known/jwks.json", url).href : undefined;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  return response.json();
}

function fail(message: string): Promise<number> {
  process.stderr.write(`${message}\n`);
  return Promise.resolve(VERIFY_EXIT.unusable);
}
