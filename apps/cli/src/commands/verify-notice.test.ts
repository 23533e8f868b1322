import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TNoticeDocument } from "@tekser/contracts";
import { generateSigningKey, signValue } from "@tekser/signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;

const { key } = generateSigningKey();
const document: TNoticeDocument = {
  id: "3f1e9a52-4c5d-4d8e-9a55-6f0d6b1c2e77",
  lang: "kk",
  version: 2,
  kind: "correction",
  status: "published",
  headline: "ЖАЛҒАН: учаскелер 14:00-де жабылмайды",
  summary: "Дауыс беру 07:00-ден 20:00-ге дейін өтеді.",
  verdict: "fake",
  claimReviewed: "Учаскелер 14:00-де жабылады",
  firstAppearance: null,
  appearances: [],
  evidence: [{ url: "https://www.election.gov.kz/", note: "ОСК" }],
  rationale: "ОСК жұмыс уақыты өзгермейтінін растады.",
  reviewers: ["Әсел", "Данияр"],
  publishedAt: "2026-03-12T10:00:00.000Z",
  versionAt: "2026-03-13T09:00:00.000Z",
  changeNote: "ОСК мәлімдемесінің күні қосылды",
};
const signed = { document, signature: signValue(document, key) };
const tampered = { ...signed, document: { ...document, verdict: "verified" } };

/** Runs `tekser verify-notice` as its own process, as a newsroom would. */
async function verifyNotice(...args: string[]) {
  return run(process.execPath, ["--import", "tsx", cliMain, "verify-notice", ...args]).then(
    ({ stdout }) => ({ exitCode: 0, stdout, stderr: "" }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      exitCode: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe("[PUBLISH][SIGNATURES] tekser verify-notice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-verify-"));
  const file = (name: string, value: unknown) => {
    const target = path.join(dir, name);
    writeFileSync(target, JSON.stringify(value));
    return target;
  };
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    // A stand-in Tekser origin serving the notice's signed JSON and the public key set.
    server = createServer((request, response) => {
      const bodies: Record<string, unknown> = {
        [`/notices/${document.id}.json`]: { url: `${origin}/notices/${document.id}`, ...signed },
        "/notices/tampered.json": { url: `${origin}/notices/tampered`, ...tampered },
        "/.well-known/jwks.json": { keys: [key.publicJwk] },
      };
      const body = bodies[request.url ?? ""];
      response
        .writeHead(body ? 200 : 404, { "content-type": "application/json" })
        .end(JSON.stringify(body ?? { error: "not found" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reports a notice page URL valid, fetching its JSON and the origin's key set", async () => {
    const result = await verifyNotice(`${origin}/notices/${document.id}`);
    expect(result).toMatchObject({ exitCode: 0 });
    expect(result.stdout).toContain(`VALID: notice ${document.id} version 2`);
    expect(result.stdout).toContain(key.kid);
  });

  it("reports an altered copy, from a URL or a file, with exit code 1", async () => {
    expect(await verifyNotice(`${origin}/notices/tampered.json`)).toMatchObject({
      exitCode: 1,
      stdout: expect.stringContaining("ALTERED"),
    });
    const keys = file("jwks.json", { keys: [key.publicJwk] });
    expect(await verifyNotice(file("good.json", signed), "--keys", keys)).toMatchObject({ exitCode: 0 });
    expect(await verifyNotice(file("bad.json", tampered), "--keys", keys)).toMatchObject({
      exitCode: 1,
      stdout: expect.stringContaining("does not match"),
    });
  });

  it("fails a copy signed by a key Tekser does not publish", async () => {
    const foreign = generateSigningKey().key;
    const forged = { document, signature: signValue(document, foreign) };
    const result = await verifyNotice(
      file("forged.json", forged),
      "--keys",
      file("jwks2.json", { keys: [key.publicJwk] }),
    );
    expect(result).toMatchObject({ exitCode: 1, stdout: expect.stringContaining("no public key") });
  });

  it("says why it cannot check a file that is not a signed notice or has no key source", async () => {
    expect(await verifyNotice(file("not.json", { hello: 1 }))).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining("not a signed Tekser notice"),
    });
    expect(await verifyNotice(file("nokeys.json", signed))).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining("--keys"),
    });
  });
});
