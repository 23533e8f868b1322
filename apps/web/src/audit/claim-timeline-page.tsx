import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { formatDateTime, t } from "../i18n/t.ts";
import { LoadFailed, Loading } from "../shell/status-pages.tsx";
import { ActionName } from "./action-name.tsx";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

type Entry = RouterOutputs["audit"]["claimTimeline"]["entries"][number];

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function Changes({ entry }: { entry: Entry }) {
  if (entry.changes.length === 0) return <p className="muted small">{t("audit.timeline.noChanges")}</p>;
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">{t("audit.timeline.field")}</th>
          <th scope="col">{t("audit.timeline.before")}</th>
          <th scope="col">{t("audit.timeline.after")}</th>
        </tr>
      </thead>
      <tbody>
        {entry.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" className="mono">
              {change.field}
            </th>
            <td className="json-before">
              {"before" in change ? <code>{show(change.before)}</code> : <span className="muted">∅</span>}
            </td>
            <td className="json-after">
              {"after" in change ? <code>{show(change.after)}</code> : <span className="muted">∅</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One claim's history from first ingest to publication, oldest first, each change as a diff. */
export function ClaimTimelinePage({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const timeline = useQuery(trpc.audit.claimTimeline.queryOptions({ claimId }));
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <LoadFailed error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const { title, entries } = timeline.data;
  return (
    <article className="page timeline-page">
      <Link to={`/claims/${claimId}`} className="back-link">
        {t("audit.timeline.toClaim")}
      </Link>
      <header className="page-header">
        <h1>{t("audit.timeline.title", { title: title ?? claimId })}</h1>
        <Link to={`/audit?claim=${claimId}`} className="small">
          {t("audit.timeline.inLog")}
        </Link>
      </header>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.seq} className="timeline-entry" data-testid="timeline-entry">
            <div className="timeline-head">
              <ActionName action={entry.action} />
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span>
                {entry.actorName}
                {entry.actorRole ? <span className="muted"> · {entry.actorRole}</span> : null}
              </span>
              <span className="muted small mono">#{entry.seq}</span>
            </div>
            {entry.subjectType !== "claim" && entry.subjectTitle ? (
              <p className="small">
                <span className="muted">{entry.subjectType}</span> {entry.subjectTitle}
              </p>
            ) : null}
            {entry.reason ? <p className="reason">{entry.reason}</p> : null}
            <Changes entry={entry} />
          </li>
        ))}
      </ol>
    </article>
  );
}
