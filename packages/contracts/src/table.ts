import { z } from "zod";
import { ZPageNumber } from "./bounds.ts";

/** The one server-side table query contract: pagination, sorting, and per-table filters. */
export function tableQuery<TSort extends [string, ...string[]], TFilters extends z.ZodRawShape>(
  sortable: TSort,
  filters: TFilters,
) {
  return z.object({
    page: ZPageNumber.default(1),
    perPage: z.number().int().min(1).max(200).default(25),
    sort: z
      .array(z.object({ id: z.enum(sortable), desc: z.boolean() }))
      .max(3)
      .default([]),
    filters: z.object(filters).partial().optional(),
  });
}

export function tablePage<TRow extends z.ZodType>(row: TRow) {
  return z.object({ rows: z.array(row), rowCount: z.number().int() });
}
