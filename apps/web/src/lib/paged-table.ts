import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type PaginationState,
  type SortingState,
} from "@tanstack/react-table";
import { PAGE_SIZES, parsePositiveInt, type UrlCodec, type UrlSort } from "./url-state.ts";

export interface PageState {
  page: number;
  perPage: number;
}

/** `page` and `perPage` in the URL, written only when not the defaults. */
export function pageCodec<T extends PageState>(
  parseRest: (params: URLSearchParams) => Omit<T, keyof PageState>,
  writeRest: (state: T) => Record<string, string>,
): UrlCodec<T> {
  return {
    parse: (params) =>
      ({
        page: parsePositiveInt(params.get("page"), 1),
        perPage: parsePositiveInt(params.get("perPage"), 25, PAGE_SIZES),
        ...parseRest(params),
      }) as T,
    write: (state) => ({
      ...writeRest(state),
      ...(state.page !== 1 ? { page: String(state.page) } : {}),
      ...(state.perPage !== 25 ? { perPage: String(state.perPage) } : {}),
    }),
  };
}

/** Server-side sorting on one column at a time; columns opt in with `enableSorting`. */
export interface PagedSort {
  value: UrlSort<string>[];
  onSort: (sort: UrlSort<string>[]) => void;
}

/**
 * A server-paginated TanStack table over one page of rows (no client-side sorting or paging);
 * with `sort`, its sortable headers change the server's order.
 */
export function usePagedTable<TRow extends { id: string }>(
  rows: TRow[],
  rowCount: number,
  columns: ColumnDef<TRow, never>[],
  state: PageState,
  onPage: (patch: Partial<PageState>) => void,
  sort?: PagedSort,
) {
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.perPage };
  const sorting: SortingState = sort?.value ?? [];
  return useReactTable<TRow>({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSorting: sort !== undefined,
    enableMultiSort: false,
    defaultColumn: { enableSorting: false },
    rowCount,
    state: { pagination, sorting },
    onSortingChange: (updater) => sort?.onSort(typeof updater === "function" ? updater(sorting) : updater),
    onPaginationChange: (updater) => {
      const next = typeof updater === "function" ? updater(pagination) : updater;
      onPage(next.pageSize !== state.perPage ? { perPage: next.pageSize, page: 1 } : { page: next.pageIndex + 1 });
    },
  });
}
