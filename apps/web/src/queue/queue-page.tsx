import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import { useCallback } from "react";
import { useLocation } from "wouter";
import { DataTable } from "../lib/data-table.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { Pager } from "../lib/pager.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { t, tp } from "../i18n/t.ts";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { queueColumns } from "./queue-columns.tsx";
import { QueueFilters } from "./queue-filters.tsx";
import { queueCodec, toListInput, type QueueState } from "./queue-url-state.ts";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/** The review queue: one server page of `claim.list`, all table state in the URL. */
export function QueuePage() {
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const [state, update] = useUrlState(queueCodec);
  const list = useQuery(trpc.claim.list.queryOptions(toListInput(state), { placeholderData: keepPreviousData }));

  const rows = list.data?.rows ?? [];
  const rowCount = list.data?.rowCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(rowCount / state.perPage));
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.perPage };

  const table = useReactTable({
    data: rows,
    columns: queueColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount,
    maxMultiSortColCount: 3,
    state: { pagination, sorting: state.sort },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      update(next.pageSize !== state.perPage ? { perPage: next.pageSize, page: 1 } : { page: next.pageIndex + 1 });
    },
    onSortingChange: (updater) => {
      const next = resolve<SortingState>(updater, state.sort);
      update({ sort: next.map(({ id, desc }) => ({ id: id as QueueState["sort"][number]["id"], desc })), page: 1 });
    },
  });

  const onFilters = useCallback(
    (patch: Partial<QueueState>, options?: { replace?: boolean }) => update({ ...patch, page: 1 }, options),
    [update],
  );

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("queue.title")}</h1>
        {list.isFetching && list.isPlaceholderData ? <span className="muted small">{t("table.updating")}</span> : null}
      </header>
      <QueueFilters value={state} onChange={onFilters} />
      {list.isError ? <ErrorBox error={list.error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : (
        <>
          <DataTable
            table={table}
            caption={t("queue.title")}
            stale={list.isPlaceholderData}
            rowProps={(row) => ({
              "data-testid": "claim-row",
              className: "clickable",
              onClick: (event) => {
                // The title link and text selection keep their own behaviour.
                if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
                navigate(`/claims/${row.original.id}`);
              },
            })}
          />
          <Pager
            page={state.page}
            pageCount={pageCount}
            perPage={state.perPage}
            summary={tp("queue.count", rowCount)}
            summaryTestId="claim-count"
            onPage={(page) => table.setPageIndex(page - 1)}
            onPerPage={(size) => table.setPageSize(size)}
          />
        </>
      )}
    </section>
  );
}
