import type { TAuditFilters } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

/** Downloads of the filtered view, streamed by the server (GET /audit/export, session cookie). */
export function ExportLinks({ filters }: { filters: TAuditFilters }) {
  const href = (format: "csv" | "jsonl") => `/audit/export?${new URLSearchParams({ format, ...filters }).toString()}`;
  return (
    <div className="button-row export-links">
      <span className="muted small">{t("audit.export.label")}</span>
      <a className="btn btn-ghost" href={href("csv")} download data-testid="export-csv">
        {t("audit.export.csv")}
      </a>
      <a className="btn btn-ghost" href={href("jsonl")} download data-testid="export-jsonl">
        {t("audit.export.jsonl")}
      </a>
    </div>
  );
}
