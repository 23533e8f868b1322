import { CLAIM_STATUSES, LANGS, VERDICTS, type TSearchInput } from "@tekser/contracts";

/** The search lives in the URL (shareable; back button works): ?q=…&lang=…&site=…&from=…&to=…&page=… */
export interface SearchForm {
  q: string;
  lang: string;
  site: string;
  verdict: string;
  status: string;
  from: string;
  to: string;
}

const EMPTY_FORM: SearchForm = { q: "", lang: "", site: "", verdict: "", status: "", from: "", to: "" };

export function formFromUrl(search: string): { form: SearchForm; page: number } {
  const params = new URLSearchParams(search);
  const form = { ...EMPTY_FORM };
  for (const key of Object.keys(EMPTY_FORM) as (keyof SearchForm)[]) form[key] = params.get(key) ?? "";
  const page = Number(params.get("page") ?? "1");
  return { form, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

export function urlFromForm(form: SearchForm, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form) as [keyof SearchForm, string][]) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

const oneOf = <T extends string>(values: readonly T[], value: string): T[] | undefined =>
  (values as readonly string[]).includes(value) ? [value as T] : undefined;

/** Dates from the form are whole days in the browser's time zone. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);

export function queryFromForm(form: SearchForm, page: number): TSearchInput {
  return {
    q: form.q,
    page,
    lang: oneOf(LANGS, form.lang),
    verdict: oneOf(VERDICTS, form.verdict),
    status: oneOf(CLAIM_STATUSES, form.status),
    site: form.site || undefined,
    from: dayStart(form.from),
    to: dayStart(form.to),
  };
}
