import { isDeepStrictEqual } from "node:util";

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The top-level fields an event changed, from its `before` and `after`. A field only in `after`
 * is new, only in `before` removed; non-object values compare as one field named "value".
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  if (!from && !to) {
    if (before === null && after === null) return [];
    return isDeepStrictEqual(before, after) ? [] : [{ field: "value", before, after }];
  }
  const fields = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const inBefore = from !== null && field in from;
    const inAfter = to !== null && field in to;
    if (inBefore && inAfter && isDeepStrictEqual(from[field], to[field])) continue;
    changes.push({ field, ...(inBefore ? { before: from[field] } : {}), ...(inAfter ? { after: to[field] } : {}) });
  }
  return changes;
}
