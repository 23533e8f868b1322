import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { formatDateTime, t } from "../i18n/t.ts";
import type { RouterOutputs } from "../trpc.ts";

export type SourceRow = RouterOutputs["source"]["list"]["rows"][number];

const column = createColumnHelper<SourceRow>();
const when = (iso: string | null) => (iso ? formatDateTime(iso) : "—");

export interface SourceActions {
  onEdit: (source: SourceRow) => void;
  onToggle: (source: SourceRow) => void;
  /** The source whose enable/disable is in flight, so its button is not pressed twice. */
  togglingId: string | null;
}

export function sourceColumns({ onEdit, onToggle, togglingId }: SourceActions) {
  return [
    column.accessor("name", {
      header: () => t("sources.col.name"),
      enableSorting: true,
      cell: (info) => (
        <span>
          {info.getValue()}
          <br />
          <span className="small muted mono">{info.row.original.url}</span>
        </span>
      ),
    }),
    column.accessor("kind", { header: () => t("sources.col.kind") }),
    column.accessor("enabled", {
      header: () => t("sources.col.state"),
      cell: (info) => (
        <span className={info.getValue() ? "badge" : "badge-none"} data-testid="source-state">
          {info.getValue() ? t("sources.state.enabled") : t("sources.state.disabled")}
        </span>
      ),
    }),
    column.accessor("pollMinutes", { header: () => t("sources.col.pollMinutes"), meta: { className: "num" } }),
    column.accessor("lastSuccessAt", {
      header: () => t("sources.col.lastSuccess"),
      enableSorting: true,
      cell: (info) => when(info.getValue()),
    }),
    column.accessor("lastError", {
      header: () => t("sources.col.lastError"),
      cell: (info) => (info.getValue() ? `${when(info.row.original.lastErrorAt)}: ${String(info.getValue())}` : "—"),
    }),
    column.accessor("failureCount", { header: () => t("sources.col.failures"), enableSorting: true }),
    column.accessor("itemsLastDay", { header: () => t("sources.col.itemsLastDay") }),
    column.accessor("nextPollAt", {
      header: () => t("sources.col.nextPoll"),
      cell: (info) => (info.row.original.enabled ? when(info.getValue()) : t("sources.notPolled")),
    }),
    column.display({
      id: "actions",
      header: () => t("sources.col.actions"),
      cell: ({ row }) => (
        <span className="button-row">
          <button type="button" className="btn btn-small" onClick={() => onEdit(row.original)}>
            {t("sources.edit")}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            disabled={togglingId === row.original.id}
            onClick={() => onToggle(row.original)}
          >
            {row.original.enabled ? t("sources.disable") : t("sources.enable")}
          </button>
        </span>
      ),
    }),
  ] as ColumnDef<SourceRow, never>[];
}
