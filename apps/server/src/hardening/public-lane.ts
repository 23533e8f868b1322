import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../session-cookie.ts";

/**
 * While a signed-in member of the desk has a request in flight, anonymous public requests are
 * handled one at a time: a request waiting on the database gets its answer at the next turn of
 * the event loop instead of behind fifty feed renders. A live-update stream is open for as long
 * as a dashboard tab is, so it does not count.
 */
const PUBLIC_CONCURRENCY_WHILE_DESK_BUSY = 1;

export interface PublicLaneLimits {
  /** Public requests handled at once while the desk has nothing in flight. */
  concurrency: number;
  /** Public requests kept waiting for their turn; one more is answered 503 with Retry-After. */
  queue: number;
}

/** How long a public client refused for a full queue is asked to wait, in seconds. */
const FULL_QUEUE_RETRY_AFTER_SECONDS = 5;

/**
 * Admission of anonymous public requests (feeds, notice pages, the archive, the tip form) next
 * to the desk's: public requests take turns in a bounded FIFO queue, and yield to staff requests.
 * Staff requests are never held; a request counts as the desk's when it carries a session cookie.
 */
export class PublicLane {
  private deskInFlight = 0;
  private publicInFlight = 0;
  private readonly waiting: { reply: FastifyReply; admitted: () => void }[] = [];

  constructor(private readonly limits: PublicLaneLimits) {}

  /** onRequest hook for every route outside the public lane: counts the desk's requests in flight. */
  readonly noteDeskRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.cookies[SESSION_COOKIE] === undefined || request.headers.accept?.includes("text/event-stream")) return;
    this.deskInFlight++;
    onceFinished(reply, () => {
      this.deskInFlight--;
      this.admitWaiting();
    });
  };

  /** onRequest hook of the public routes: waits for the request's turn, or refuses it with 503. */
  readonly admitPublicRequest = async (
    _request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> => {
    if (this.waiting.length === 0 && this.publicInFlight < this.concurrency()) {
      this.occupy(reply);
      return undefined;
    }
    if (this.waiting.length >= this.limits.queue) {
      return reply
        .code(503)
        .header("Retry-After", String(FULL_QUEUE_RETRY_AFTER_SECONDS))
        .send({
          statusCode: 503,
          error: "Service Unavailable",
          message: `Too many public requests are waiting; retry in ${FULL_QUEUE_RETRY_AFTER_SECONDS} seconds`,
        });
    }
    await new Promise<void>((admitted) => {
      const entry = { reply, admitted };
      this.waiting.push(entry);
      // A client that gives up while waiting leaves the queue.
      reply.raw.once("close", () => {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
      });
    });
    return undefined;
  };

  private concurrency(): number {
    return this.deskInFlight > 0 ? PUBLIC_CONCURRENCY_WHILE_DESK_BUSY : this.limits.concurrency;
  }

  /** Takes a place for the request (before its continuation runs, so no newcomer can take it too). */
  private occupy(reply: FastifyReply): void {
    this.publicInFlight++;
    onceFinished(reply, () => {
      this.publicInFlight--;
      this.admitWaiting();
    });
  }

  private admitWaiting(): void {
    while (this.waiting.length > 0 && this.publicInFlight < this.concurrency()) {
      const next = this.waiting.shift();
      if (!next) return;
      this.occupy(next.reply);
      next.admitted();
    }
  }
}

/** Runs `done` once, when the response has been sent or its connection closed first. */
function onceFinished(reply: FastifyReply, done: () => void): void {
  if (reply.raw.destroyed || reply.raw.writableFinished) done();
  else reply.raw.once("close", done);
}
