import { BOOT_PAYLOAD_ELEMENT_ID, type TBootPayload } from "@tekser/contracts";
import { userForSessionToken } from "@tekser/domain";
import type { Db } from "@tekser/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "./session-cookie.ts";

/** The app shell names the current hashes, so a browser asks again each time. */
const ANONYMOUS_SHELL_CACHE = "no-cache";
/** A shell that names its reader is theirs alone: no browser or proxy may keep it. */
const PERSONAL_SHELL_CACHE = "private, no-store";

/**
 * JSON that cannot end the `<script>` element it sits in (`</script>`, `<!--`) nor break a
 * JavaScript reading of it: the characters HTML or JS treat specially become `\u` escapes,
 * which JSON.parse turns back into the same text.
 */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** index.html with the boot payload as a data block (not a script: the CSP allows no inline script). */
function shellWithBootPayload(indexHtml: string, payload: TBootPayload): string {
  const block = `<script type="application/json" id="${BOOT_PAYLOAD_ELEMENT_ID}">${jsonForHtml(payload)}</script>`;
  return indexHtml.replace("</head>", `    ${block}\n  </head>`);
}

/**
 * Serves the dashboard's shell with the signed-in user of this request's own cookie, so the first
 * paint does not wait for an `auth.me` round trip before it can ask for the screen's data.
 */
export function appShellHandler(indexHtml: string, db: Db) {
  if (!indexHtml.includes("</head>"))
    throw new Error("the built index.html has no </head> to put the boot payload before");
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Without the database the shell still loads, unpersonalised: the dashboard then asks `auth.me`
    // itself and offers to retry, rather than the browser showing a bare error page.
    const user = await userForSessionToken(db, request.cookies[SESSION_COOKIE]).catch((error: unknown) => {
      request.log.warn({ err: error }, "app shell served without its boot payload");
      return undefined;
    });
    if (user === undefined)
      return reply.type("text/html; charset=utf-8").header("cache-control", ANONYMOUS_SHELL_CACHE).send(indexHtml);
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", user ? PERSONAL_SHELL_CACHE : ANONYMOUS_SHELL_CACHE)
      .header("vary", "cookie")
      .send(shellWithBootPayload(indexHtml, { user }));
  };
}
