import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "wouter";
import { formatDateTime, t } from "../i18n/t.ts";
import type { RouterOutputs } from "../trpc.ts";
import { ActionName } from "./action-name.tsx";

type AuditRow = RouterOutputs["audit"]["list"]["rows"][number];

const column = createColumnHelper<AuditRow>();
/** How many changed fields a row shows, and how long each value may be, before "… more". */
const FIELDS_SHOWN = 4;
const VALUE_PREVIEW = 60;

function shortValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > VALUE_PREVIEW ? `${text.slice(0, VALUE_PREVIEW)}…` : text;
}

/** The fields an event changed, one line each ("status: new → in_review"); the whole event in the tooltip. */
function Change({ row }: { row: AuditRow }) {
  if (row.changes.length === 0) return <span className="muted">—</span>;
  const full = JSON.stringify({ before: row.before, after: row.after });
  const hidden = row.changes.length - FIELDS_SHOWN;
  return (
    <ul className="field-changes" title={full}>
      {row.changes.slice(0, FIELDS_SHOWN).map((change) => (
        <li key={change.field}>
          <span className="mono field-name">{change.field}</span>{" "}
          {"before" in change ? <code className="json-before">{shortValue(change.before)}</code> : null}
          {"before" in change && "after" in change ? (
            <span className="arrow" aria-label={t("audit.to")}>
              {" → "}
            </span>
          ) : null}
          {"after" in change ? <code className="json-after">{shortValue(change.after)}</code> : null}
        </li>
      ))}
      {hidden > 0 ? <li className="muted small">{t("audit.moreFields", { count: hidden })}</li> : null}
    </ul>
  );
}

/** Four-eyes met through an account the verdict's author created recently: shown to auditors on the approval. */
function ApprovalThroughNewAccountFlag({ row }: { row: AuditRow }) {
  const flag = (row.after as { approverCreatedByAuthor?: { withinDays?: unknown } } | null)?.approverCreatedByAuthor;
  if (!flag) return null;
  return (
    <span className="badge badge-warn" data-testid="approval-flag">
      {t("audit.flag.approverCreatedByAuthor", { days: typeof flag.withinDays === "number" ? flag.withinDays : "?" })}
    </span>
  );
}

/** The claim whose timeline an event belongs to: the claim itself, or the one a notice event names. */
function historyClaimId(row: AuditRow): string | null {
  if (row.subjectType === "claim") return row.subjectId;
  const after = row.after as { claimId?: unknown } | null;
  return row.subjectType === "notice" && typeof after?.claimId === "string" ? after.claimId : null;
}

/** Only `seq` sorts (the server orders by the hash chain's sequence); the page turns sorting off elsewhere. */
export const auditColumns = [
  column.accessor("seq", { header: () => t("audit.col.seq"), meta: { className: "num mono" }, enableSorting: true }),
  column.accessor("at", {
    header: () => t("audit.col.at"),
    cell: (info) => <time dateTime={info.getValue()}>{formatDateTime(info.getValue())}</time>,
    meta: { className: "nowrap" },
  }),
  column.accessor("actorName", { header: () => t("audit.col.actor") }),
  column.accessor("actorRole", { header: () => t("audit.col.role"), cell: (info) => info.getValue() ?? "—" }),
  column.accessor("action", {
    header: () => t("audit.col.action"),
    cell: (info) => (
      <>
        <ActionName action={info.getValue()} />
        <ApprovalThroughNewAccountFlag row={info.row.original} />
      </>
    ),
  }),
  column.display({
    id: "subject",
    header: () => t("audit.col.subject"),
    cell: ({ row }) => {
      const { subjectType, subjectId, subjectTitle } = row.original;
      const claimId = historyClaimId(row.original);
      // A named subject reads by its name, its id kept short beside it (whole on hover).
      const name = subjectTitle ?? subjectId;
      return (
        <span className="subject">
          <span className="muted">{subjectType}</span>{" "}
          {claimId ? (
            <Link
              to={`/audit/claims/${claimId}`}
              className={subjectTitle ? "subject-title" : "mono subject-id"}
              title={t("audit.timeline.link")}
            >
              {name}
            </Link>
          ) : (
            <span className={subjectTitle ? "subject-title" : "mono subject-id"}>{name}</span>
          )}
          {subjectTitle ? (
            <span className="mono subject-id muted" title={subjectId}>
              {" "}
              {subjectId.slice(0, 8)}
            </span>
          ) : null}
        </span>
      );
    },
  }),
  column.accessor("reason", {
    header: () => t("audit.col.reason"),
    cell: (info) => {
      const reason = info.getValue();
      return reason ? (
        <span className="reason" title={reason}>
          {reason}
        </span>
      ) : (
        <span className="muted">—</span>
      );
    },
  }),
  column.display({
    id: "change",
    header: () => t("audit.col.change"),
    cell: ({ row }) => <Change row={row.original} />,
    meta: { className: "col-change" },
  }),
  column.accessor("hash", {
    header: () => t("audit.col.hash"),
    cell: (info) => (
      <code className="hash" title={info.getValue()}>
        {info.getValue().slice(0, 12)}
      </code>
    ),
  }),
];
