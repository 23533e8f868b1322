import type { Table } from "@tanstack/react-table";
import { DataTable } from "./data-table.tsx";
import { ErrorBox } from "./error-box.tsx";
import type { PageState } from "./paged-table.ts";
import { Pager } from "./pager.tsx";

interface Props<TRow> {
  table: Table<TRow>;
  caption: string;
  state: PageState;
  rowCount: number;
  summary: string;
  stale: boolean;
  error: unknown;
  rowTestId: string;
}

/** One server page of rows with its pager (and the load error, if any). */
export function PagedTableView<TRow>({
  table,
  caption,
  state,
  rowCount,
  summary,
  stale,
  error,
  rowTestId,
}: Props<TRow>) {
  return (
    <>
      <ErrorBox error={error} />
      <DataTable table={table} caption={caption} stale={stale} rowProps={() => ({ "data-testid": rowTestId })} />
      <Pager
        page={state.page}
        pageCount={Math.max(1, Math.ceil(rowCount / state.perPage))}
        perPage={state.perPage}
        summary={summary}
        onPage={(page) => table.setPageIndex(page - 1)}
        onPerPage={(size) => table.setPageSize(size)}
      />
    </>
  );
}
