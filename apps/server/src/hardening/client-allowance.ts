import { setTimeout as sleep } from "node:timers/promises";
import fastifyRateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Db } from "@tekser/db";
import type { FastifyInstance } from "fastify";
import { SharedAllowance } from "./shared-allowance.ts";

const RATE_WINDOW_MS = 60_000;

/**
 * How long the answer to a client over its allowance is held before it is sent. A crawler that
 * waits for each answer (as crawlers do) then sends one request a second per connection instead
 * of thousands: an instant 429 is cheap, but so many of them kept the event loop as busy as the
 * feeds themselves had. A held refusal costs a timer and a socket, no CPU.
 */
const REFUSAL_HOLD_MS = 1000;
/** Past this many held refusals (a client opening connections without end), the rest are sent at once. */
const MAX_HELD_REFUSALS = 1024;

/**
 * Refuses, in `scope`, the requests of a client past `perMinute` requests in the current minute,
 * counted by every server instance together (SharedAllowance): 429 with Retry-After and the
 * RATE_LIMITED code, after a hold. Runs before the public lane, so a refused client never takes
 * a reader's turn.
 */
export async function refuseClientsOverAllowance(scope: FastifyInstance, perMinute: number, db: Db): Promise<void> {
  const allowance = new SharedAllowance(db, { max: perMinute, windowMs: RATE_WINDOW_MS }, scope.log);
  scope.addHook("onClose", (_instance, done) => {
    allowance.stop();
    done();
  });
  // global: false: no hook of the plugin's own; the one below counts and answers.
  await scope.register(fastifyRateLimit, {
    global: false,
    max: perMinute,
    timeWindow: RATE_WINDOW_MS,
    store: storeOver(allowance),
  });
  const countRequest = scope.createRateLimit();
  let held = 0;
  scope.addHook("onRequest", async (request, reply) => {
    const counted = await countRequest(request);
    if (counted.isAllowed || !counted.isExceeded) return undefined;
    if (held < MAX_HELD_REFUSALS) {
      held++;
      await sleep(REFUSAL_HOLD_MS);
      held--;
    }
    return reply
      .code(429)
      .header("retry-after", String(counted.ttlInSeconds))
      .send({
        statusCode: 429,
        code: "RATE_LIMITED",
        error: "Too Many Requests",
        message: `This address made more than ${perMinute} requests in a minute; retry in ${counted.ttlInSeconds} seconds`,
      });
  });
}

/** @fastify/rate-limit constructs its store from a class; this one hands it the shared counts. */
function storeOver(allowance: SharedAllowance): FastifyRateLimitStoreCtor {
  return class implements FastifyRateLimitStore {
    incr(key: string, callback: Parameters<FastifyRateLimitStore["incr"]>[1]): void {
      callback(null, allowance.count(key));
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
