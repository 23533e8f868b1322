import { useId } from "react";
import { t } from "../i18n/t.ts";
import { PAGE_SIZES } from "./url-state.ts";

interface Props {
  page: number;
  pageCount: number;
  perPage: number;
  summary: string;
  summaryTestId?: string;
  /** pageCount is a lower bound (the count stopped at a cap): "of 400+", and next stays open. */
  morePages?: boolean;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

/** "N claims · Page X of Y" with previous/next and a page-size selector. */
export function Pager({
  page,
  pageCount,
  perPage,
  summary,
  summaryTestId,
  morePages = false,
  onPage,
  onPerPage,
}: Props) {
  const sizeId = useId();
  const pages = Math.max(pageCount, 1);
  return (
    <nav className="pager" aria-label={t("table.pagination")}>
      <span className="pager-summary" data-testid={summaryTestId}>
        {summary}
      </span>
      <div className="pager-size">
        <label htmlFor={sizeId}>{t("table.rowsPerPage")}</label>
        <select id={sizeId} value={perPage} onChange={(event) => onPerPage(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="pager-buttons">
        <button type="button" className="btn" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          {t("table.previous")}
        </button>
        <span className="pager-page" data-testid="page-indicator">
          {t(morePages ? "table.pageOfMore" : "table.pageOf", { page, pages })}
        </span>
        <button type="button" className="btn" onClick={() => onPage(page + 1)} disabled={page >= pages && !morePages}>
          {t("table.next")}
        </button>
      </div>
    </nav>
  );
}
