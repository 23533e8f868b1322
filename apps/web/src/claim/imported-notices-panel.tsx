import { useQuery } from "@tanstack/react-query";
import { VerdictBadge } from "../lib/badges.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDate, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Notices on this claim published elsewhere and imported from an archive: never Tekser's own, so shown with their publisher, URL and date. */
export function ImportedNoticesPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const notices = useQuery(trpc.archiveImport.claimNotices.queryOptions({ id: claimId }));
  if (!notices.data || notices.data.length === 0) return <ErrorBox error={notices.error} />;
  return (
    <section className="panel" data-testid="imported-notices" aria-labelledby="imported-notices-title">
      <h2 id="imported-notices-title">{t("importedNotices.title")}</h2>
      <p className="small muted">{t("importedNotices.intro")}</p>
      <ul>
        {notices.data.map((notice) => (
          <li key={notice.id} data-testid="imported-notice" className="small">
            <VerdictBadge verdict={notice.verdict} /> «{notice.label}» ·{" "}
            {notice.publisher ?? t("importedNotices.unknownPublisher")} · {formatDate(notice.reviewedAt)}
            {notice.reviewUrl ? (
              <>
                {" · "}
                <a href={notice.reviewUrl} target="_blank" rel="noreferrer noopener">
                  {t("importedNotices.original")}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
