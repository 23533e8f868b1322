import type { TClaimListRow } from "@tekser/contracts";
import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "wouter";
import { StatusBadge, VerdictBadge } from "../lib/badges.tsx";
import { formatDateTime, formatNumber, t } from "../i18n/t.ts";
import { RowTags } from "../tags/row-tags.tsx";
import { QueueThumbnail } from "./queue-thumbnails.tsx";

const column = createColumnHelper<TClaimListRow>();
const MAX_SITES = 3;

/** Column ids equal the server's sortable fields (CLAIM_SORTABLE); the rest cannot sort. */
export const queueColumns = [
  column.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label={t("queue.col.select")}
        checked={table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`${t("queue.col.select")}: ${row.original.title}`}
        data-testid="row-select"
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
        onClick={(event) => event.stopPropagation()}
      />
    ),
    enableHiding: false,
    meta: { className: "col-select" },
  }),
  column.accessor("title", {
    header: () => t("queue.col.title"),
    cell: (info) => (
      <div className="title-cell">
        <QueueThumbnail claimId={info.row.original.id} />
        <Link to={`/claims/${info.row.original.id}`} className="claim-link">
          {info.getValue()}
        </Link>
        {info.row.original.assignee ? <span className="muted small">{info.row.original.assignee}</span> : null}
        <RowTags tagIds={info.row.original.tagIds} />
        {info.row.original.resurfaced ? (
          <span className="badge resurfaced-badge" data-testid="resurfaced">
            {t("queue.resurfacedBadge")}
          </span>
        ) : null}
        {info.row.original.lockedBy ? (
          <span className="taken small" data-testid="row-taken">
            {t("queue.taken", { name: info.row.original.lockedBy })}
          </span>
        ) : null}
      </div>
    ),
    meta: { className: "col-title" },
  }),
  column.accessor("status", {
    header: () => t("queue.col.status"),
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  column.accessor("verdict", {
    header: () => t("queue.col.verdict"),
    cell: (info) => <VerdictBadge verdict={info.getValue()} labelId={info.row.original.verdictLabelId} />,
    enableSorting: false,
  }),
  column.accessor("lang", {
    header: () => t("queue.col.lang"),
    cell: (info) => <span className="lang-tag">{info.getValue()}</span>,
    enableSorting: false,
  }),
  column.accessor("priority", {
    header: () => t("queue.col.priority"),
    cell: (info) => formatNumber(info.getValue()),
    sortDescFirst: true,
    meta: { className: "num" },
  }),
  column.accessor("itemCount", {
    header: () => t("queue.col.itemCount"),
    cell: (info) => formatNumber(info.getValue()),
    sortDescFirst: true,
    meta: { className: "num" },
  }),
  column.accessor("sites", {
    header: () => t("queue.col.sites"),
    cell: (info) => {
      const sites = info.getValue();
      const shown = sites.slice(0, MAX_SITES).join(", ");
      return (
        <span className="sites" title={sites.join(", ")}>
          {shown}
          {sites.length > MAX_SITES ? ` +${sites.length - MAX_SITES}` : ""}
        </span>
      );
    },
    enableSorting: false,
  }),
  column.accessor("assignee", {
    header: () => t("queue.col.assignee"),
    cell: (info) => <span data-testid="row-assignee">{info.getValue() ?? "—"}</span>,
    enableSorting: false,
  }),
  column.accessor("firstSeenAt", {
    header: () => t("queue.col.firstSeenAt"),
    cell: (info) => <time dateTime={info.getValue()}>{formatDateTime(info.getValue())}</time>,
    sortDescFirst: true,
    meta: { className: "nowrap" },
  }),
];
