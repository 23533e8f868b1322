import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const serverMain = new URL("../src/main.ts", import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves when the process has ended, with how it ended. */
  exited: Promise<string>;
}

/** `pnpm start`'s server in a process of its own (so it can be killed), ready once /healthz answers. */
export async function startServerProcess(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const { DATABASE_URL: _url, MIGRATION_DATABASE_URL: _owner, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", serverMain], {
    env: { ...inherited, ...env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<string>((resolve) =>
    child.on("close", (code, signal) => resolve(signal ?? `exit ${code}`)),
  );
  let ended: string | undefined;
  void exited.then((how) => (ended = how));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (ended) throw new Error(`the server ended before it answered (${ended}): ${stderr}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, url, exited };
    await sleep(200);
  }
}
