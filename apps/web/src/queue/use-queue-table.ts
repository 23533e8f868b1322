import type { TClaimListRow } from "@tekser/contracts";
import {
  getCoreRowModel,
  useReactTable,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { queueColumns } from "./queue-columns.tsx";
import type { QueueState } from "./queue-url-state.ts";

interface QueueTableOptions {
  state: QueueState;
  /** Writes a patch of the state to the URL; `replace` for keystrokes that should not fill history. */
  update: (patch: Partial<QueueState>, options?: { replace?: boolean }) => void;
  /** One server page of rows and what the server says about the rest. */
  page: { rows: TClaimListRow[]; rowCount: number; capped: boolean };
  selection: RowSelectionState;
  onSelection: (updater: Updater<RowSelectionState>) => void;
  selectable: boolean;
  visibility: VisibilityState;
  order: string[];
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The queue's TanStack table over one server page: sorting, paging and filters are the URL's (a
 * sort, a new page size or a filter goes back to page 1), the rows and their count the server's.
 */
export function useQueueTable({
  state,
  update,
  page,
  selection,
  onSelection,
  selectable,
  visibility,
  order,
}: QueueTableOptions) {
  const { rows, rowCount, capped } = page;
  // Past the count cap the total is unknown: more pages exist while pages come back full.
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
    enableRowSelection: selectable,
    rowCount,
    maxMultiSortColCount: 3,
    state: {
      pagination,
      sorting: state.sort,
      rowSelection: selection,
      columnVisibility: visibility,
      columnOrder: order,
    },
    onRowSelectionChange: onSelection,
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      update(next.pageSize !== state.perPage ? { perPage: next.pageSize, page: 1 } : { page: next.pageIndex + 1 });
    },
    onSortingChange: (updater) => {
      const next = resolve<SortingState>(updater, state.sort);
      update({ sort: next.map(({ id, desc }) => ({ id: id as QueueState["sort"][number]["id"], desc })), page: 1 });
    },
  });
  // New filters make a new list: its first page, not the page number of the old one.
  const filter = (patch: Partial<QueueState>, options?: { replace?: boolean }) =>
    update({ ...patch, page: 1 }, options);
  return { table, pageCount, morePages, filter };
}
