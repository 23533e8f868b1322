import { flexRender, type Row, type Table } from "@tanstack/react-table";
import { t } from "../i18n/t.ts";

interface Props<TRow> {
  table: Table<TRow>;
  caption: string;
  /** Dims the rows while a new page loads over the previous one (keepPreviousData). */
  stale?: boolean;
  rowProps?: (row: Row<TRow>) => React.HTMLAttributes<HTMLTableRowElement> & { "data-testid"?: string };
}

/** Renders a server-side TanStack table: sortable headers are buttons, `aria-sort` on the header cell. */
export function DataTable<TRow>({ table, caption, stale = false, rowProps }: Props<TRow>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="table-wrap">
      <table className={stale ? "data-table is-stale" : "data-table"} aria-busy={stale}>
        <caption className="visually-hidden">{caption}</caption>
        <DataTableHead table={table} />
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow columnCount={columnCount} />
          ) : (
            rows.map((row) => (
              <tr key={row.id} {...rowProps?.(row)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Header row(s): sortable headers are buttons, `aria-sort` on the header cell. */
export function DataTableHead<TRow>({ table }: { table: Table<TRow> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <th
                key={header.id}
                scope="col"
                className={header.column.columnDef.meta?.className}
                aria-sort={
                  sorted === "asc"
                    ? "ascending"
                    : sorted === "desc"
                      ? "descending"
                      : header.column.getCanSort()
                        ? "none"
                        : undefined
                }
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span className="sort-indicator" aria-hidden="true">
                      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                    </span>
                    {sorted ? (
                      <span className="visually-hidden">
                        , {t(sorted === "asc" ? "table.sortAsc" : "table.sortDesc")}
                      </span>
                    ) : null}
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/** Each column's header text, where the header is plain text (not a control such as a checkbox). */
export function headerLabels<TRow>(table: Table<TRow>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const header of table.getFlatHeaders()) {
    // flexRender would wrap a header function in an element; called here, it yields its text.
    const definition = header.column.columnDef.header;
    const label: unknown = typeof definition === "function" ? definition(header.getContext()) : definition;
    if (typeof label === "string") labels.set(header.column.id, label);
  }
  return labels;
}

/** The one row a table shows when the filters match nothing. */
export function EmptyRow({ columnCount }: { columnCount: number }) {
  return (
    <tr>
      <td colSpan={columnCount} className="empty-cell">
        {t("table.empty")}
      </td>
    </tr>
  );
}
