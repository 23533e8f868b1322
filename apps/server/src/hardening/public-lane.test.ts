import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "../session-cookie.ts";
import { limitPublicLoad } from "./public-load-limits.ts";

/** A request a test lets finish when it chooses. */
interface Held {
  name: string;
  finish(): void;
}

/** An app with one public and one desk route whose handlers wait until the test finishes them. */
async function laneApp(concurrency: number, queue: number) {
  const app = Fastify();
  await app.register(fastifyCookie);
  const held: Held[] = [];
  const hold = (name: string) => new Promise<void>((finish) => held.push({ name, finish }));
  const registerPublic = limitPublicLoad(app, { perClientPerMinute: 0, concurrency, queue });
  app.get<{ Querystring: { name: string } }>("/desk", async (request) => {
    await hold(request.query.name);
    return { ok: true };
  });
  await registerPublic(async (scope) => {
    scope.get<{ Querystring: { name: string } }>("/feed", async (request) => {
      await hold(request.query.name);
      return { ok: true };
    });
  });
  await app.ready();
  const running = () => held.map((request) => request.name);
  const finish = (name: string) => {
    const index = held.findIndex((request) => request.name === name);
    const request = held.splice(index, 1)[0];
    if (!request) throw new Error(`${name} is not running`);
    request.finish();
  };
  return { app, running, finish };
}

const publicGet = (app: FastifyInstance, name: string) => app.inject({ method: "GET", url: `/feed?name=${name}` });
const deskGet = (app: FastifyInstance, name: string) =>
  app.inject({ method: "GET", url: `/desk?name=${name}`, cookies: { [SESSION_COOKIE]: "a-session" } });

let current: FastifyInstance | undefined;
afterEach(() => current?.close());

describe("[HTTP][PUBLIC-LANE] public requests take turns and yield to the desk", () => {
  it("handles public requests up to the concurrency, keeps the next ones waiting in order, and refuses past the queue with 503", async () => {
    const lane = await laneApp(2, 2);
    current = lane.app;
    const answers = ["p1", "p2", "p3", "p4"].map((name) => publicGet(lane.app, name));
    await vi.waitUntil(() => lane.running().length === 2);
    const refused = await publicGet(lane.app, "p5");
    expect(refused.statusCode).toBe(503);
    expect(refused.headers["retry-after"]).toBe("5");
    expect(lane.running()).toEqual(["p1", "p2"]);

    lane.finish("p2");
    await vi.waitUntil(() => lane.running().includes("p3"));
    expect(lane.running()).toEqual(["p1", "p3"]);
    lane.finish("p1");
    await vi.waitUntil(() => lane.running().includes("p4"));
    lane.finish("p3");
    lane.finish("p4");
    expect((await Promise.all(answers)).map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
  });

  it("lets one public request at a time through while a desk request is in flight, and never holds the desk", async () => {
    const lane = await laneApp(3, 10);
    current = lane.app;
    const desk = deskGet(lane.app, "desk");
    await vi.waitUntil(() => lane.running().includes("desk"));
    const answers = ["p1", "p2", "p3"].map((name) => publicGet(lane.app, name));
    await vi.waitUntil(() => lane.running().length === 2);
    expect(lane.running()).toEqual(["desk", "p1"]);

    // A second desk request is served at once, whatever is waiting.
    const secondDesk = deskGet(lane.app, "desk2");
    await vi.waitUntil(() => lane.running().includes("desk2"));
    lane.finish("desk2");
    expect((await secondDesk).statusCode).toBe(200);

    lane.finish("p1");
    await vi.waitUntil(() => lane.running().includes("p2"));
    expect(lane.running()).toEqual(["desk", "p2"]);

    // Once the desk is done, the public lane opens to its full concurrency.
    lane.finish("desk");
    await vi.waitUntil(() => lane.running().includes("p3"));
    expect(lane.running()).toEqual(["p2", "p3"]);
    lane.finish("p2");
    lane.finish("p3");
    expect((await desk).statusCode).toBe(200);
    expect((await Promise.all(answers)).map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
  });

  it("does not count a live-update stream or an anonymous request as the desk's", async () => {
    const lane = await laneApp(2, 10);
    current = lane.app;
    const stream = lane.app.inject({
      method: "GET",
      url: "/desk?name=stream",
      cookies: { [SESSION_COOKIE]: "a-session" },
      headers: { accept: "text/event-stream" },
    });
    const anonymous = lane.app.inject({ method: "GET", url: "/desk?name=anonymous" });
    await vi.waitUntil(() => lane.running().length === 2);
    const answers = ["p1", "p2"].map((name) => publicGet(lane.app, name));
    await vi.waitUntil(() => lane.running().length === 4);
    expect(lane.running()).toEqual(["stream", "anonymous", "p1", "p2"]);
    for (const name of ["stream", "anonymous", "p1", "p2"]) lane.finish(name);
    expect((await Promise.all([stream, anonymous, ...answers])).map((answer) => answer.statusCode)).toEqual([
      200, 200, 200, 200,
    ]);
  });
});
