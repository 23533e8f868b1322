import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type { RowSelectionState } from "@tanstack/react-table";
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
import { QueueFilters } from "./queue-filters.tsx";
import { QueueTable } from "./queue-table.tsx";
import { QueueThumbnailsProvider } from "./queue-thumbnails.tsx";
import { queueCodec, toListInput, type QueueState } from "./queue-url-state.ts";
import { SavedViews } from "./saved-views.tsx";
import { useColumnLayout } from "./use-column-layout.ts";
import { useQueueKeys } from "./use-queue-keys.ts";
import { useQueueTable } from "./use-queue-table.ts";

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
  const capped = list.data?.rowCountCapped ?? false;
  const { table, pageCount, morePages, filter } = useQueueTable({
    state,
    update,
    page: { rows, rowCount, capped },
    selection,
    onSelection: setSelection,
    selectable: can.work(me.role),
    visibility,
    order: layout.order,
  });

  const onFilters = useCallback(
    (patch: Partial<QueueState>, options?: { replace?: boolean }) => {
      setSelection({});
      setActiveIndex(-1);
      filter(patch, options);
    },
    [filter],
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
