import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bench = fileURLToPath(new URL("./claims-eval.ts", import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", bench, ...args], { encoding: "utf8" });

describe("pnpm bench:claims arguments", () => {
  it("refuses to list the held-out part's mistakes, before touching a database", () => {
    const result = run("--mistakes");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--mistakes is for the development part only");
    expect(run("--part", "held-out", "--mistakes").status).toBe(2);
  });

  it("names the parts it knows when given another", () => {
    const result = run("--part", "test");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("--part takes dev or held-out, not test");
  });
});
