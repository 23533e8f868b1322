import { createColumnHelper } from "@tanstack/react-table";
import { formatDateTime, t } from "../i18n/t.ts";
import type { RouterOutputs } from "../trpc.ts";

export type SourceRow = RouterOutputs["source"]["list"]["rows"][number];

const column = createColumnHelper<SourceRow>();
const when = (iso: string | null) => (iso ? formatDateTime(iso) : "—");

export const sourceColumns = [
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
  column.accessor("lastSuccessAt", { header: () => t("sources.col.lastSuccess"), enableSorting: true, cell: (info) => when(info.getValue()) }),
  column.accessor("lastError", {
    header: () => t("sources.col.lastError"),
    cell: (info) => (info.getValue() ? `${when(info.row.original.lastErrorAt)}: ${info.getValue()}` : "—"),
  }),
  column.accessor("failureCount", { header: () => t("sources.col.failures"), enableSorting: true }),
  column.accessor("itemsLastDay", { header: () => t("sources.col.itemsLastDay") }),
  column.accessor("nextPollAt", { header: () => t("sources.col.nextPoll"), cell: (info) => when(info.getValue()) }),
];
