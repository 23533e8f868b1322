import { useCallback, useMemo } from "react";
import { useSearchParams } from "wouter";

/** The page sizes a table offers, and so the only ones a URL may ask for. */
export const PAGE_SIZES = [10, 25, 50] as const;

export interface UrlCodec<T> {
  parse: (params: URLSearchParams) => T;
  /** Only non-default values are written, so a fresh view has a clean URL. */
  write: (state: T) => Record<string, string>;
}

/**
 * Table state kept in the query string: shareable, and the back button walks through it.
 * `update` merges a patch; pass `replace` for keystroke-level changes that shouldn't fill history.
 */
export function useUrlState<T>(codec: UrlCodec<T>) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const state = useMemo(() => codec.parse(new URLSearchParams(key)), [key, codec]);
  const update = useCallback(
    (patch: Partial<T> | ((current: T) => Partial<T>), options?: { replace?: boolean }) =>
      setParams((previous) => {
        const current = codec.parse(previous);
        const next = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
        return codec.write(next);
      }, options),
    [codec, setParams],
  );
  return [state, update] as const;
}

/** Comma list in the URL → values allowed by `allowed`; anything else is dropped. */
export function parseList<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return raw.split(",").filter((value): value is T => (allowed as readonly string[]).includes(value));
}

export function parsePositiveInt(raw: string | null, fallback: number, allowed?: readonly number[]): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) return fallback;
  return allowed && !allowed.includes(value) ? fallback : value;
}

export interface UrlSort<T extends string> {
  id: T;
  desc: boolean;
}

/** `sort=priority.desc,title.asc` → sort keys the table allows, each once, at most `max`. */
export function parseSort<T extends string>(raw: string | null, sortable: readonly T[], max = 3): UrlSort<T>[] {
  if (!raw) return [];
  const sort: UrlSort<T>[] = [];
  for (const part of raw.split(",")) {
    const [id, direction] = part.split(".");
    const allowed = sortable.find((candidate) => candidate === id);
    if (allowed && !sort.some((s) => s.id === allowed)) sort.push({ id: allowed, desc: direction === "desc" });
  }
  return sort.slice(0, max);
}

/** The `sort` URL value for a sort list; empty for none, so the default view keeps a clean URL. */
export function writeSort(sort: readonly UrlSort<string>[]): Record<string, string> {
  return sort.length ? { sort: sort.map((s) => `${s.id}.${s.desc ? "desc" : "asc"}`).join(",") } : {};
}
