import type { Table } from "@tanstack/react-table";
import { t } from "../i18n/t.ts";
import { moveColumn, type ColumnLayout } from "./use-column-layout.ts";

/** Show, hide and reorder the queue's columns. */
export function ColumnMenu<TRow>({
  table,
  onLayout,
}: {
  table: Table<TRow>;
  onLayout: (layout: ColumnLayout) => void;
}) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const order = table.getAllLeafColumns().map((column) => column.id);
  const hidden = columns.filter((column) => !column.getIsVisible()).map((column) => column.id);
  const label = (id: string) => {
    const header = table.getColumn(id)?.columnDef.header;
    return typeof header === "function" ? String((header as () => string)()) : id;
  };
  return (
    <details className="column-menu" data-testid="column-menu">
      <summary className="btn btn-small btn-ghost">{t("queue.columns")}</summary>
      <ul>
        {columns.map((column) => (
          <li key={column.id}>
            <label>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={(event) =>
                  onLayout({
                    order,
                    hidden: event.target.checked ? hidden.filter((id) => id !== column.id) : [...hidden, column.id],
                  })
                }
              />
              {label(column.id)}
            </label>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label={t("queue.moveLeft", { column: label(column.id) })}
              onClick={() => onLayout({ order: moveColumn(order, column.id, -1), hidden })}
            >
              ←
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label={t("queue.moveRight", { column: label(column.id) })}
              onClick={() => onLayout({ order: moveColumn(order, column.id, 1), hidden })}
            >
              →
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
