import fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerErrorResponses } from "./error-responses.ts";

/** An app with the error responses, whose routes fail with the given errors, logging into `lines`. */
async function failingApp(lines: string[]) {
  const app = fastify({ logger: { level: "info", stream: { write: (line: string) => void lines.push(line) } } });
  registerErrorResponses(app);
  app.get("/hung-up", () => {
    throw Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" });
  });
  app.get("/broken", () => {
    throw new Error("relation does not exist");
  });
  await app.ready();
  return app;
}

describe("[HTTP][ERRORS] what the log calls an error", () => {
  it("logs a client hanging up mid-answer as information, and a real failure as an error", async () => {
    const lines: string[] = [];
    const app = await failingApp(lines);
    try {
      for (const url of ["/hung-up", "/broken"])
        expect((await app.inject({ method: "GET", url })).statusCode).toBe(500);
      const logged = lines
        .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } })
        .filter((line) => line.err);
      expect(logged.map(({ level, msg, err }) => [level, msg, err?.message])).toEqual([
        [30, "client closed the connection", "Premature close"],
        [50, "request failed", "relation does not exist"],
      ]);
    } finally {
      await app.close();
    }
  });
});
