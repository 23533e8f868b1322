import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { freePort } from "./testing.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-port-clash-"));
let holder: Server;
let port: number;

beforeAll(async () => {
  port = await freePort();
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("[DB][EMBEDDED] a port another program holds", () => {
  it("fails the start with an error naming the port and the setting that changes it", async () => {
    // Caught by hand: `rejects.toThrow(pattern)` passes on a rejection with no reason at all.
    const failure: unknown = await startEmbeddedPostgres({ dataDir, port }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      new RegExp(`port ${port} .*another program holds it.*TEKSER_EMBEDDED_PG_PORT`),
    );
  });
});
