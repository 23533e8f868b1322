import type {
  TCorrectionLogEntry,
  TCorrectNoticeInput,
  TLang,
  TNoticeDocument,
  TRetractNoticeInput,
} from "@tekser/contracts";
import type { Db, Prisma, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { appendNoticeVersion } from "./append-version.ts";
import { currentClaimContent } from "./claim-content.ts";
import { headlineWithoutTeamLabels } from "./headline-labels.ts";
import type { PublishingDeps } from "./deps.ts";
import { documentOfVersion, noticeVersionDocumentSelect } from "./notice-document.ts";
import { activeSigningKey } from "./signing-keys.ts";

type Editor = Actor & { id: string };

/**
 * Corrects a published notice: a new signed version with the editor's text, the claim's
 * current verdict, evidence and appearances, and a required change note. The old version stays.
 */
export async function correctNotice(
  db: Db,
  actor: Editor,
  input: TCorrectNoticeInput,
  deps: PublishingDeps,
): Promise<{ version: number }> {
  return changeNotice(db, actor, input, deps, async (tx, current) => {
    const notice = await tx.notice.findUniqueOrThrow({ where: { id: input.noticeId }, select: { claimId: true } });
    const { content } = await currentClaimContent(tx, notice.claimId);
    const headline = await headlineWithoutTeamLabels(tx, input.headline);
    // The label comes with the claim's current verdict, or not at all: never the previous verdict's.
    const { verdictLabel: _previousLabel, ...previous } = current;
    return {
      kind: "correction",
      document: { ...previous, ...content, kind: "correction", headline, summary: input.summary },
      audit: {
        action: "notice.correct",
        before: {
          version: current.version,
          headline: current.headline,
          summary: current.summary,
          verdict: current.verdict,
        },
        after: { headline, summary: input.summary, verdict: content.verdict },
      },
    };
  });
}

/** Retracts a notice: its page stays, marked retracted, as a new signed version with the reason. */
export async function retractNotice(
  db: Db,
  actor: Editor,
  input: TRetractNoticeInput,
  deps: PublishingDeps,
): Promise<{ version: number }> {
  return changeNotice(db, actor, input, deps, (_tx, current) =>
    Promise.resolve({
      kind: "retraction",
      document: { ...current, kind: "retraction", status: "retracted" },
      audit: {
        action: "notice.retract",
        before: { version: current.version, status: "published" },
        after: { status: "retracted" },
      },
    }),
  );
}

interface NoticeChange {
  kind: "correction" | "retraction";
  /** The new version's document; version number, time and change note are filled in here. */
  document: TNoticeDocument;
  audit: {
    action: "notice.correct" | "notice.retract";
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  };
}

/** The shared path of every change: lock, check the version, append the signed version, audit. */
async function changeNotice(
  db: Db,
  actor: Editor,
  input: { noticeId: string; expectedVersion: number; changeNote: string },
  deps: PublishingDeps,
  build: (tx: Tx, current: TNoticeDocument) => Promise<NoticeChange>,
): Promise<{ version: number }> {
  const key = await activeSigningKey(db, deps.signingKeyPem);
  return db.$transaction(async (tx) => {
    const current = await lockedCurrentVersion(tx, input.noticeId, input.expectedVersion);
    const change = await build(tx, current);
    const now = new Date();
    const version = current.version + 1;
    const document = { ...change.document, version, versionAt: now.toISOString(), changeNote: input.changeNote };
    await appendNoticeVersion(tx, deps, key, {
      noticeId: input.noticeId,
      kind: change.kind,
      createdById: actor.id,
      document,
    });
    await tx.notice.update({
      where: { id: input.noticeId },
      data: { currentVersion: version, updatedAt: now, status: document.status },
    });
    await recordAudit(tx, actor, {
      action: change.audit.action,
      subjectType: "notice",
      subjectId: input.noticeId,
      before: change.audit.before,
      after: { version, ...change.audit.after },
      reason: input.changeNote,
    });
    return { version };
  });
}

/** The current version's document, with the notice row locked against concurrent changes. */
async function lockedCurrentVersion(tx: Tx, noticeId: string, expectedVersion: number) {
  await tx.$queryRaw`SELECT id FROM "Notice" WHERE id = ${noticeId}::uuid FOR UPDATE`;
  const notice = await tx.notice.findUnique({
    where: { id: noticeId },
    select: { status: true, versions: { select: noticeVersionDocumentSelect, orderBy: { version: "desc" }, take: 1 } },
  });
  const row = notice?.versions[0];
  if (!notice || !row) throw new AppError("NOTICE_NOT_FOUND", `No notice with id ${noticeId}`, { noticeId });
  if (notice.status === "retracted")
    throw new AppError("INVALID_TRANSITION", "This notice is retracted; a retracted notice is not changed again");
  if (row.version !== expectedVersion) {
    throw new AppError(
      "STALE_WRITE",
      `The notice is at version ${row.version}, not ${expectedVersion}; reload it and make the change again`,
      {
        currentVersion: row.version,
      },
    );
  }
  return documentOfVersion(row);
}

const correctionSelect = {
  noticeId: true,
  version: true,
  kind: true,
  headline: true,
  changeNote: true,
  createdAt: true,
  notice: { select: { lang: true } },
} satisfies Prisma.NoticeVersionSelect;

/** The public corrections log: every correction and retraction, newest first. */
export async function listCorrections(db: Db, limit: number): Promise<TCorrectionLogEntry[]> {
  const rows = await db.noticeVersion.findMany({
    where: { kind: { in: ["correction", "retraction"] } },
    orderBy: [{ createdAt: "desc" }, { noticeId: "asc" }],
    take: limit,
    select: correctionSelect,
  });
  return rows.map((row) => ({
    noticeId: row.noticeId,
    lang: row.notice.lang as TLang,
    version: row.version,
    kind: row.kind === "retraction" ? "retraction" : "correction",
    headline: row.headline,
    changeNote: row.changeNote ?? "",
    at: row.createdAt.toISOString(),
  }));
}
