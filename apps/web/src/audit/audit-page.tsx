import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  getCoreRowModel,
  useReactTable,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useCallback } from "react";
import { DataTable } from "../lib/data-table.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { Pager } from "../lib/pager.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { t, tp } from "../i18n/t.ts";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { auditColumns } from "./audit-columns.tsx";
import { AuditFilters } from "./audit-filters.tsx";
import { auditCodec, toAuditFilters, toAuditInput, type AuditState } from "./audit-url-state.ts";
import { ChainPanel } from "./chain-panel.tsx";
import { ExportLinks } from "./export-links.tsx";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/** The audit trail, newest first by default; one server page of `audit.list`, state in the URL. */
export function AuditPage() {
  const trpc = useTRPC();
  const [state, update] = useUrlState(auditCodec);
  const list = useQuery(trpc.audit.list.queryOptions(toAuditInput(state), { placeholderData: keepPreviousData }));

  const rows = list.data?.rows ?? [];
  const rowCount = list.data?.rowCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(rowCount / state.perPage));
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.perPage };
  const sorting: SortingState = [{ id: "seq", desc: state.desc }];

  const table = useReactTable({
    data: rows,
    columns: auditColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.seq,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount,
    defaultColumn: { enableSorting: false },
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { pagination, sorting },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      update(next.pageSize !== state.perPage ? { perPage: next.pageSize, page: 1 } : { page: next.pageIndex + 1 });
    },
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting);
      update({ desc: next[0]?.desc ?? true, page: 1 });
    },
  });

  const onFilters = useCallback(
    (patch: Partial<AuditState>) => update({ ...patch, page: 1 }, { replace: true }),
    [update],
  );

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("audit.title")}</h1>
        {list.isFetching && list.isPlaceholderData ? <span className="muted small">{t("table.updating")}</span> : null}
      </header>
      <ChainPanel />
      <AuditFilters value={state} onChange={onFilters} />
      <ExportLinks filters={toAuditFilters(state)} />
      {list.isError ? <ErrorBox error={list.error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : (
        <>
          <DataTable
            table={table}
            caption={t("audit.title")}
            stale={list.isPlaceholderData}
            rowProps={() => ({ "data-testid": "audit-row" })}
          />
          <Pager
            page={state.page}
            pageCount={pageCount}
            perPage={state.perPage}
            summary={tp("audit.count", rowCount)}
            summaryTestId="audit-count"
            onPage={(page) => table.setPageIndex(page - 1)}
            onPerPage={(size) => table.setPageSize(size)}
          />
        </>
      )}
    </section>
  );
}
