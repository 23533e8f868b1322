import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type PaginationState, type RowSelectionState, type SortingState, type Updater } from "@tanstack/react-table";
import { useCallback, useState } from "react";
import { useLocation } from "wouter";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { useInvalidateClaims } from "../claim/use-invalidate-claims.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { Pager } from "../lib/pager.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { formatNumber, t, tp } from "../i18n/t.ts";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { BulkBar } from "./bulk-bar.tsx";
import { ColumnMenu } from "./column-menu.tsx";
import { KeyboardHelp } from "./keyboard-help.tsx";
import { queueColumns } from "./queue-columns.tsx";
import { QueueFilters } from "./queue-filters.tsx";
import { QueueTable } from "./queue-table.tsx";
import { QueueThumbnailsProvider } from "./queue-thumbnails.tsx";
import { queueCodec, toListInput, type QueueState } from "./queue-url-state.ts";
import { SavedViews } from "./saved-views.tsx";
import { useColumnLayout } from "./use-column-layout.ts";
import { useQueueKeys } from "./use-queue-keys.ts";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/** The review queue: one server page of `claim.list`, table state in the URL, driven by mouse or keys. */
export function QueuePage() {
  const trpc = useTRPC();
  const me = useMe();
  const [, navigate] = useLocation();
  const [state, update] = useUrlState(queueCodec);
  const list = useQuery(trpc.claim.list.queryOptions(toListInput(state), { placeholderData: keepPreviousData }));
  const { layout, setLayout, visibility } = useColumnLayout();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [activeIndex, setActiveIndex] = useState(-1);
  const [help, setHelp] = useState(false);
  const invalidate = useInvalidateClaims();
  const assignToMe = useMutation(trpc.workflow.assignToMe.mutationOptions({ onSuccess: () => invalidate() }));

  const rows = list.data?.rows ?? [];
  const rowCount = list.data?.rowCount ?? 0;
  // Past the count cap the total is unknown: more pages exist while pages come back full.
  const capped = list.data?.rowCountCapped ?? false;
  const morePages = capped && rows.length === state.perPage;
  const pageCount = Math.max(1, Math.ceil(rowCount / state.perPage), capped ? state.page + (morePages ? 1 : 0) : 0);
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.perPage };

  const table = useReactTable({
    data: rows,
    columns: queueColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: can.work(me.role),
    rowCount,
    maxMultiSortColCount: 3,
    state: { pagination, sorting: state.sort, rowSelection: selection, columnVisibility: visibility, columnOrder: layout.order },
    onRowSelectionChange: setSelection,
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
    (patch: Partial<QueueState>, options?: { replace?: boolean }) => {
      setSelection({});
      setActiveIndex(-1);
      update({ ...patch, page: 1 }, options);
    },
    [update],
  );

  const activeRow = rows[activeIndex];
  useQueueKeys({
    next: () => setActiveIndex((index) => Math.min(rows.length - 1, index + 1)),
    prev: () => setActiveIndex((index) => Math.max(0, index - 1)),
    open: () => activeRow && navigate(`/claims/${activeRow.id}`),
    assignToMe: () => activeRow && can.work(me.role) && assignToMe.mutate({ claimId: activeRow.id }),
    toggleHelp: () => setHelp((shown) => !shown),
    closeHelp: () => setHelp(false),
  });
  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("queue.title")}</h1>
        {list.isFetching && list.isPlaceholderData ? <span className="muted small">{t("table.updating")}</span> : null}
        <span className="muted small">{t("keys.hint")}</span>
      </header>
      <QueueFilters value={state} onChange={onFilters} />
      <div className="queue-tools">
        <SavedViews layout={layout} onLayout={setLayout} />
        <ColumnMenu table={table} onLayout={setLayout} />
      </div>
      <BulkBar claimIds={selectedIds} onDone={() => setSelection({})} />
      {list.isError ? <ErrorBox error={list.error} /> : null}
      <ErrorBox error={assignToMe.error} />
      {list.isPending ? (
        <Loading />
      ) : (
        <>
          <QueueThumbnailsProvider claimIds={rows.map((row) => row.id)}>
            <QueueTable
              table={table}
              stale={list.isPlaceholderData}
              activeIndex={activeIndex}
              onActivate={setActiveIndex}
              onOpen={(id) => navigate(`/claims/${id}`)}
            />
          </QueueThumbnailsProvider>
          <Pager
            page={state.page}
            pageCount={pageCount}
            perPage={state.perPage}
            summary={capped ? t("queue.countCapped", { count: formatNumber(rowCount) }) : tp("queue.count", rowCount)}
            summaryTestId="claim-count"
            morePages={morePages}
            onPage={(page) => table.setPageIndex(page - 1)}
            onPerPage={(size) => table.setPageSize(size)}
          />
        </>
      )}
      {help ? <KeyboardHelp onClose={() => setHelp(false)} /> : null}
    </section>
  );
}
