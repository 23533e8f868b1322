import type { TClaimListRow } from "@tekser/contracts";
import { flexRender, type Table } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { DataTableHead, EmptyRow, headerLabels } from "../lib/data-table.tsx";
import { t } from "../i18n/t.ts";

interface Props {
  table: Table<TClaimListRow>;
  stale: boolean;
  activeIndex: number;
  onOpen: (id: string) => void;
  onActivate: (index: number) => void;
}

const ROW_HEIGHT = 52;

/**
 * The queue's rows, virtualised: with 200 rows a page only the visible ones are in the DOM.
 * Spacer rows above and below keep the scroll height and the table's column layout.
 */
export function QueueTable({ table, stale, activeIndex, onOpen, onActivate }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: "auto" });
  }, [activeIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  // On a phone each row is a card (styles.css, "Phones"): a cell names its column itself.
  const labels = headerLabels(table);

  return (
    <div className="table-wrap queue-scroll" ref={scroller}>
      <table className={stale ? "data-table is-stale" : "data-table"} aria-busy={stale}>
        <caption className="visually-hidden">{t("queue.title")}</caption>
        <DataTableHead table={table} />
        <tbody>
          {rows.length === 0 ? <EmptyRow columnCount={columnCount} /> : null}
          {top > 0 ? <tr aria-hidden="true" style={{ height: top }} /> : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const active = item.index === activeIndex;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                data-testid="claim-row"
                data-active={active || undefined}
                aria-selected={active}
                className={active ? "clickable is-active" : "clickable"}
                onClick={(event) => {
                  // The title link, checkboxes and text selection keep their own behaviour.
                  if ((event.target as HTMLElement).closest("a, input") || window.getSelection()?.toString()) return;
                  onActivate(item.index);
                  onOpen(row.original.id);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cell.column.columnDef.meta?.className}
                    data-label={labels.get(cell.column.id)}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 ? <tr aria-hidden="true" style={{ height: bottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
