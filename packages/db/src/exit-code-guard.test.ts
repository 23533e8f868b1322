import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const embeddedModule = fileURLToPath(new URL("./embedded-postgres.ts", import.meta.url));

describe("a process that loads the embedded PostgreSQL module", () => {
  it("keeps the exit code it set (a failed test run, a failed command), not 0", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-exit-code-"));
    try {
      const script = path.join(dir, "sets-exit-code.ts");
      writeFileSync(script, `import ${JSON.stringify(embeddedModule)};\nprocess.exitCode = 3;\n`);
      const run = spawnSync(process.execPath, ["--import", "tsx", script], {
        cwd: path.dirname(embeddedModule),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
