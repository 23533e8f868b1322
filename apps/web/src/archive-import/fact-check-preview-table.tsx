import type { TFactCheckPreviewRecord } from "@tekser/contracts";
import { VerdictBadge } from "../lib/badges.tsx";
import { formatDate, t } from "../i18n/t.ts";

/** The first records of an archive as they would be imported: the label as written and the verdict it maps to. */
export function FactCheckPreviewTable({ records }: { records: readonly TFactCheckPreviewRecord[] }) {
  if (records.length === 0) return <p className="muted">{t("archiveImport.noRecords")}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{t("archiveImport.col.location")}</th>
            <th scope="col">{t("archiveImport.col.claim")}</th>
            <th scope="col">{t("archiveImport.col.label")}</th>
            <th scope="col">{t("archiveImport.col.verdict")}</th>
            <th scope="col">{t("archiveImport.col.date")}</th>
            <th scope="col">{t("archiveImport.col.publisher")}</th>
            <th scope="col">{t("archiveImport.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.location} data-testid="archive-preview-record">
              <td className="mono small">{record.location}</td>
              <td className="col-title">
                {record.reviewUrl ? (
                  <a href={record.reviewUrl} target="_blank" rel="noreferrer noopener">
                    {record.claimText}
                  </a>
                ) : (
                  record.claimText
                )}
              </td>
              <td data-testid="archive-preview-label">{record.label}</td>
              <td>
                <VerdictBadge verdict={record.verdict} testId="archive-preview-verdict" />
              </td>
              <td>{formatDate(record.reviewedAt)}</td>
              <td>{record.publisher ?? "—"}</td>
              <td>{record.alreadyImported ? t("archiveImport.alreadyImported") : t("archiveImport.new")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
