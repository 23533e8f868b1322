import type { ColumnOrderState, VisibilityState } from "@tanstack/react-table";
import { useCallback, useState } from "react";

const STORAGE_KEY = "tekser.queue.columns";

export interface ColumnLayout {
  order: ColumnOrderState;
  hidden: string[];
}

function load(): ColumnLayout {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<ColumnLayout> | null;
    return {
      order: Array.isArray(parsed?.order) ? parsed.order : [],
      hidden: Array.isArray(parsed?.hidden) ? parsed.hidden : [],
    };
  } catch {
    return { order: [], hidden: [] };
  }
}

/** Column order and visibility, remembered in this browser; saved views store them on the server too. */
export function useColumnLayout() {
  const [layout, setLayoutState] = useState<ColumnLayout>(load);
  const setLayout = useCallback((next: ColumnLayout) => {
    setLayoutState(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // storage blocked: the layout lasts for this visit
    }
  }, []);
  const visibility: VisibilityState = Object.fromEntries(layout.hidden.map((id) => [id, false]));
  return { layout, setLayout, visibility };
}

/** Moves `id` one place left (-1) or right (+1) within `all` (the full current order). */
export function moveColumn(all: string[], id: string, step: -1 | 1): string[] {
  const order = [...all];
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return order;
}
