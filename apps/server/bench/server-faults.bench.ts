/**
 * Server fault trials (the second half of `pnpm bench:faults`): the server process is killed with
 * kill -9 at a random moment and started again on the same database, as a supervisor would.
 * - "publish": four editors correct notices over tRPC, one correction after another, while a
 *   newsroom's webhook receives every new version; the kill falls after a random number of
 *   acknowledged corrections (3 to 30), with corrections in flight and deliveries queued.
 * - "postgres": the same, but PostgreSQL's postmaster is killed under the running server and
 *   started again: the server process must live on, answer again and tell its live-update
 *   subscribers to refetch (listener_reconnected), then stream the next correction.
 * - "upload": a reviewer uploads a Telegram export of POSTS posts; the kill falls at a random
 *   moment within the time an uncut upload of as many posts took; the same file is uploaded
 *   again after the restart.
 * After each trial: acknowledged corrections missing, versions stored twice, committed versions
 * never delivered, versions delivered under two delivery ids, posts lost or stored twice, and
 * whether the audit chain verifies. Redeliveries of one delivery id (an attempt cut off by the
 * kill is retried: receivers deduplicate by it) are counted and printed apart.
 * Bounded: TRIALS_PUBLISH, TRIALS_POSTGRES and TRIALS_UPLOAD trials (default 3, 2 and 2), POSTS
 * posts (default 3000).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createUser, issueApiToken } from "@tekser/domain";
import { verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";
import { createDb, openDatabase, type Db, type OpenedDatabase } from "@tekser/db";
import { freePort } from "@tekser/db/testing";
import { startServerProcess, type ServerProcess } from "./server-process.ts";

const TRIALS_PUBLISH = Number(process.env.TRIALS_PUBLISH ?? 3);
const TRIALS_POSTGRES = Number(process.env.TRIALS_POSTGRES ?? 2);
const TRIALS_UPLOAD = Number(process.env.TRIALS_UPLOAD ?? 2);
const POSTS = Number(process.env.POSTS ?? 3000);
const WRITERS = 4;
/** A delivery whose attempt died with the server is retried once its job expires (60 s). */
const DELIVERY_WAIT_MS = 180_000;
const PASSWORD = "faults-password-for-tekser";

interface Outcome {
  trial: string;
  killedAt: string;
  acknowledged: number;
  lost: number;
  duplicates: number;
  undelivered: number;
  deliveredTwice: number;
  redeliveries: number;
  /** After a PostgreSQL restart: the server process lived on, and its live updates resumed. */
  serverLived: string;
  realtimeResumed: string;
  chainOk: boolean;
}

/** A newsroom's webhook receiver: keeps every delivery it is sent. */
class Receiver {
  readonly received: { deliveryId: string; noticeId: string; version: number }[] = [];
  private readonly server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const change = JSON.parse(body) as { deliveryId: string; document: { id: string; version: number } };
      this.received.push({
        deliveryId: change.deliveryId,
        noticeId: change.document.id,
        version: change.document.version,
      });
      response.writeHead(204).end();
    });
  });
  async start(): Promise<string> {
    await new Promise<void>((listening) => this.server.listen(0, "127.0.0.1", listening));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  stop(): Promise<void> {
    return new Promise((closed) => this.server.close(() => closed()));
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-server-faults-"));
const pgPort = await freePort();
const httpPort = await freePort();
let database: OpenedDatabase = await openDatabase({ dataDir, embeddedPort: pgPort, log: () => undefined });
let db: Db = createDb(database.url);
const serverEnv = {
  TEKSER_DATA_DIR: dataDir,
  TEKSER_EMBEDDED_PG_PORT: String(pgPort),
  TEKSER_DEMO_DATA: "on",
  TEKSER_ALLOW_PRIVATE_URLS: "on",
  TEKSER_ADMIN_PASSWORD: PASSWORD,
};
const receiver = new Receiver();
let server: ServerProcess = await startServerProcess(serverEnv, httpPort);

async function signIn(role: "editor" | "reviewer"): Promise<string> {
  const username = `faults-${role}`;
  await createUser(db, { username, displayName: username, role, password: PASSWORD });
  const response = await fetch(`${server.url}/trpc/auth.login`, {
    method: "POST",
    headers: { origin: server.url, "content-type": "application/json" },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function registerWebhook(): Promise<void> {
  const adminId = await createUser(db, {
    username: "faults-admin",
    displayName: "Faults admin",
    role: "admin",
    password: PASSWORD,
  });
  const { token } = await issueApiToken(
    db,
    { id: adminId, name: "faults-admin", role: "admin" },
    { newsroom: "Faults Daily" },
  );
  const response = await fetch(`${server.url}/api/v1/webhooks`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ url: await receiver.start() }),
  });
  if (response.status !== 201)
    throw new Error(`webhook registration failed: ${response.status} ${await response.text()}`);
}

async function killAndRestart(): Promise<string> {
  server.child.kill("SIGKILL");
  const how = await server.exited;
  server = await startServerProcess(serverEnv, httpPort);
  return how;
}

/** kill -9 of PostgreSQL's postmaster under the running server; then it is started again. */
async function killAndRestartPostgres(): Promise<void> {
  process.kill(Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]), "SIGKILL");
  await db.$disconnect().catch(() => undefined);
  await database.close().catch(() => undefined);
  for (let attempt = 1; ; attempt++) {
    try {
      database = await openDatabase({ dataDir, embeddedPort: pgPort, log: () => undefined });
      db = createDb(database.url);
      return;
    } catch (error) {
      if (attempt >= 30) throw error;
      await sleep(1000);
    }
  }
}

/** The dashboard's live-update stream (server-sent events) as a signed-in member of the desk reads it. */
function liveUpdates(cookie: string): { text(): string; stop(): void } {
  const stop = new AbortController();
  let text = "";
  void fetch(`${server.url}/trpc/realtime.changes`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: stop.signal,
  })
    .then(async (response) => {
      const decoder = new TextDecoder();
      for await (const chunk of response.body ?? []) text += decoder.decode(chunk as Uint8Array, { stream: true });
    })
    .catch(() => undefined);
  return { text: () => text, stop: () => stop.abort() };
}

async function waitUntil(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done()) && Date.now() < deadline) await sleep(100);
}

function correct(
  cookie: string,
  noticeId: string,
  expectedVersion: number,
  current: { headline: string; summary: string },
  changeNote: string,
) {
  return fetch(`${server.url}/trpc/notice.correct`, {
    method: "POST",
    headers: { cookie, origin: server.url, "content-type": "application/json" },
    body: JSON.stringify({
      noticeId,
      expectedVersion,
      headline: current.headline,
      summary: `${current.summary.slice(0, 4000)} (${changeNote})`,
      changeNote,
    }),
  });
}

/** One more correction of `noticeId`, on its current version; whether it was acknowledged. */
async function correctAgain(cookie: string, noticeId: string, changeNote: string): Promise<boolean> {
  const { currentVersion } = await db.notice.findUniqueOrThrow({
    where: { id: noticeId },
    select: { currentVersion: true },
  });
  const current = await db.noticeVersion.findUniqueOrThrow({
    where: { noticeId_version: { noticeId, version: currentVersion } },
    select: { headline: true, summary: true },
  });
  return (await correct(cookie, noticeId, currentVersion, current, changeNote)).ok;
}

async function publishTrial(index: number, editorCookie: string, fault: "server" | "postgres"): Promise<Outcome> {
  const prefix = `${fault === "server" ? "P" : "G"}${index}-`;
  const live = fault === "postgres" ? liveUpdates(editorCookie) : null;
  const notices = await db.notice.findMany({
    where: { status: "published" },
    orderBy: { id: "asc" },
    take: WRITERS,
    select: { id: true, currentVersion: true },
  });
  const acknowledged: string[] = [];
  const killAfter = 3 + Math.floor(Math.random() * 28);
  let killed = false;
  const writers = notices.map(async (notice, writer) => {
    const current = await db.noticeVersion.findUniqueOrThrow({
      where: { noticeId_version: { noticeId: notice.id, version: notice.currentVersion } },
      select: { headline: true, summary: true },
    });
    for (let n = 0, version = notice.currentVersion; !killed; n++, version++) {
      const changeNote = `${prefix}${writer}-${n}`;
      const response = await correct(editorCookie, notice.id, version, current, changeNote).catch(() => null);
      // A request cut off by the fault is not acknowledged (it may or may not have committed).
      if (!response || (killed && !response.ok)) return;
      if (!response.ok)
        throw new Error(`correction ${changeNote} refused: ${response.status} ${await response.text()}`);
      acknowledged.push(changeNote);
    }
  });
  await waitUntil(() => acknowledged.length >= killAfter, 120_000);
  killed = true;
  const killedAt = `after ${acknowledged.length} corrections`;
  let serverLived = "—";
  let realtimeResumed = "—";
  if (fault === "server") {
    await killAndRestart();
    await Promise.all(writers);
  } else {
    if (!live) throw new Error("the live updates are read in every PostgreSQL trial");
    let ended: string | undefined;
    void server.exited.then((how) => (ended = how));
    await killAndRestartPostgres();
    await Promise.all(writers);
    // The server answers again once its connections are back; it is never restarted here.
    await waitUntil(
      () =>
        fetch(`${server.url}/healthz`).then(
          (response) => response.ok,
          () => false,
        ),
      60_000,
    );
    await waitUntil(() => live.text().includes("listener_reconnected"), 60_000);
    const resyncAt = live.text().indexOf("listener_reconnected");
    const next = await correctAgain(editorCookie, notices[0]?.id ?? "", `${prefix}after`);
    if (next) acknowledged.push(`${prefix}after`);
    const streamedAfterResync = () =>
      resyncAt >= 0 &&
      live
        .text()
        .slice(resyncAt)
        .includes(notices[0]?.id ?? "-");
    await waitUntil(streamedAfterResync, 30_000);
    serverLived = ended === undefined ? "yes" : `NO (${ended})`;
    realtimeResumed = next && streamedAfterResync() ? "yes" : "NO";
    live.stop();
  }

  const versions = await db.noticeVersion.findMany({
    where: { changeNote: { startsWith: prefix } },
    select: { noticeId: true, version: true, changeNote: true },
  });
  const notes = new Set(versions.map((version) => version.changeNote));
  const deliveredVersions = () =>
    new Set(receiver.received.map((delivery) => `${delivery.noticeId}/${delivery.version}`));
  await waitUntil(
    () => versions.every((version) => deliveredVersions().has(`${version.noticeId}/${version.version}`)),
    DELIVERY_WAIT_MS,
  );
  return {
    trial: `${fault === "server" ? "publish" : "postgres"} ${index}`,
    killedAt,
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((note) => !notes.has(note)).length,
    duplicates: versions.length - notes.size,
    undelivered: versions.filter((version) => !deliveredVersions().has(`${version.noticeId}/${version.version}`))
      .length,
    ...deliveryRepeats(new Set(versions.map((version) => `${version.noticeId}/${version.version}`))),
    serverLived,
    realtimeResumed,
    chainOk: (await verifyStoredChain(db)).ok,
  };
}

/** Of the receipts for `versions`: versions received under two delivery ids, and repeated receipts of one id. */
function deliveryRepeats(versions: Set<string>): { deliveredTwice: number; redeliveries: number } {
  const receipts = receiver.received.filter((delivery) => versions.has(`${delivery.noticeId}/${delivery.version}`));
  const idsByVersion = new Map<string, Set<string>>();
  for (const receipt of receipts) {
    const key = `${receipt.noticeId}/${receipt.version}`;
    idsByVersion.set(key, (idsByVersion.get(key) ?? new Set()).add(receipt.deliveryId));
  }
  const distinctIds = new Set(receipts.map((receipt) => receipt.deliveryId)).size;
  return {
    deliveredTwice: [...idsByVersion.values()].filter((ids) => ids.size > 1).length,
    redeliveries: receipts.length - distinctIds,
  };
}

function telegramExport(prefix: string): Buffer {
  const messages = Array.from({ length: POSTS }, (_, n) => ({
    id: n + 1,
    type: "message",
    date: "2026-03-14T10:00:00",
    text: `${prefix}${n}: Павлодарда ${n}-ші көпір ашылды, деп хабарлады әкімдік.`,
  }));
  return Buffer.from(JSON.stringify({ name: "Faults channel", type: "public_channel", id: 1712345678, messages }));
}

async function storedPosts(prefix: string): Promise<{ items: number; distinct: number }> {
  const [row] = await db.$queryRaw<{ items: bigint; distinct: bigint }[]>`
    SELECT count(*) AS items, count(DISTINCT text) AS distinct FROM "Item" WHERE text LIKE ${`${prefix}%`}`;
  return { items: Number(row?.items ?? 0), distinct: Number(row?.distinct ?? 0) };
}

function upload(reviewerCookie: string, file: Buffer) {
  return fetch(`${server.url}/ingest/upload?name=result.json`, {
    method: "POST",
    headers: { cookie: reviewerCookie, origin: server.url, "content-type": "application/octet-stream" },
    body: file,
  });
}

/** How long an upload of POSTS posts takes when nothing cuts it short, to place the kills within. */
async function uncutUploadMs(reviewerCookie: string): Promise<number> {
  const started = Date.now();
  const response = await upload(reviewerCookie, telegramExport("B-"));
  if (!response.ok) throw new Error(`the uncut upload failed: ${response.status} ${await response.text()}`);
  return Date.now() - started;
}

async function uploadTrial(index: number, reviewerCookie: string, uncutMs: number): Promise<Outcome> {
  const prefix = `U${index}-`;
  const file = telegramExport(prefix);
  let answered = false;
  const first = upload(reviewerCookie, file).then(
    () => (answered = true),
    () => undefined,
  );
  // The kill falls anywhere in the upload: parsing, storing, clustering or answering.
  await sleep(Math.random() * uncutMs);
  const storedAtKill = (await storedPosts(prefix)).items;
  const killedAt = answered ? "after the upload was answered" : `${storedAtKill} of ${POSTS} posts stored`;
  await killAndRestart();
  await first;
  const again = await upload(reviewerCookie, file);
  if (!again.ok) throw new Error(`the upload after the restart failed: ${again.status} ${await again.text()}`);
  const stored = await storedPosts(prefix);
  return {
    trial: `upload ${index}`,
    killedAt,
    acknowledged: 0,
    lost: POSTS - stored.distinct,
    duplicates: stored.items - stored.distinct,
    undelivered: 0,
    deliveredTwice: 0,
    redeliveries: 0,
    serverLived: "—",
    realtimeResumed: "—",
    chainOk: (await verifyStoredChain(db)).ok,
  };
}

const outcomes: Outcome[] = [];
try {
  await registerWebhook();
  const editor = await signIn("editor");
  const reviewer = await signIn("reviewer");
  let index = 0;
  for (let i = 0; i < TRIALS_PUBLISH; i++) {
    outcomes.push(await publishTrial(++index, editor, "server"));
    console.log(outcomes.at(-1));
  }
  for (let i = 0; i < TRIALS_POSTGRES; i++) {
    outcomes.push(await publishTrial(++index, editor, "postgres"));
    console.log(outcomes.at(-1));
  }
  const uncutMs = TRIALS_UPLOAD > 0 ? await uncutUploadMs(reviewer) : 0;
  for (let i = 0; i < TRIALS_UPLOAD; i++) {
    outcomes.push(await uploadTrial(++index, reviewer, uncutMs));
    console.log(outcomes.at(-1));
  }
} finally {
  server.child.kill("SIGKILL");
  await server.exited;
  await receiver.stop();
  await db.$disconnect();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const sum = (key: "acknowledged" | "lost" | "duplicates" | "undelivered" | "deliveredTwice" | "redeliveries") =>
  outcomes.reduce((total, outcome) => total + outcome[key], 0);
console.table(outcomes);
console.log(
  `server fault trials: ${outcomes.length} (${TRIALS_PUBLISH} kill -9 of the server while publishing and delivering webhooks, ${TRIALS_POSTGRES} of PostgreSQL under it, ${TRIALS_UPLOAD} of the server during an upload of ${POSTS} posts)\n` +
    `  acknowledged corrections: ${sum("acknowledged")}, lost: ${sum("lost")}\n  versions or posts stored twice: ${sum("duplicates")}\n` +
    `  committed versions never delivered: ${sum("undelivered")}\n  versions delivered under two delivery ids: ${sum("deliveredTwice")}\n` +
    `  redeliveries of one delivery id (an attempt cut off by the kill; receivers deduplicate by it): ${sum("redeliveries")}\n` +
    `  server process lived through every PostgreSQL restart: ${outcomes.every((outcome) => outcome.serverLived !== "NO") ? "yes" : "NO"}; live updates resumed: ${outcomes.every((outcome) => !outcome.realtimeResumed.startsWith("NO")) ? "yes" : "NO"}\n` +
    `  audit chain verifies after every trial: ${outcomes.every((outcome) => outcome.chainOk) ? "yes" : "NO"}`,
);
if (
  sum("lost") + sum("duplicates") + sum("undelivered") + sum("deliveredTwice") > 0 ||
  outcomes.some(
    (outcome) => !outcome.chainOk || outcome.serverLived.startsWith("NO") || outcome.realtimeResumed.startsWith("NO"),
  )
)
  process.exitCode = 1;
