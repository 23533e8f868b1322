import {
  CLAIM_SORTABLE,
  CLAIM_STATUSES,
  LANGS,
  VERDICTS,
  type TClaimListInput,
  type TClaimStatus,
  type TLang,
  type TVerdict,
} from "@tekser/contracts";
import { PAGE_SIZES, parseList, parsePositiveInt, parseSort, writeSort, type UrlCodec } from "../lib/url-state.ts";

type QueueSortId = (typeof CLAIM_SORTABLE)[number];

export interface QueueState {
  page: number;
  perPage: number;
  sort: { id: QueueSortId; desc: boolean }[];
  status: TClaimStatus[];
  verdict: TVerdict[];
  lang: TLang[];
  q: string;
  site: string;
  /** "me", "none", or "" for anyone. */
  assignee: "" | "me" | "none";
  priority: number[];
  resurfaced: boolean;
  /** YYYY-MM-DD or "". */
  from: string;
  to: string;
  /** Tag ids: claims carrying any of them. */
  tags: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = (raw: string | null) => (raw && DAY.test(raw) ? raw : "");
const PRIORITY_VALUES = ["1", "2", "3", "4"] as const;

const DEFAULT_PER_PAGE = 25;

/** `?page=2&site=qazaq24.com&assignee=me&priority=1,2&resurfaced=1&from=2026-03-01&to=2026-03-31&perPage=50&sort=priority.desc,title.asc&status=new,reopened&verdict=fake&lang=kk&q=…` */
export const queueCodec: UrlCodec<QueueState> = {
  parse: (params) => ({
    page: parsePositiveInt(params.get("page"), 1),
    perPage: parsePositiveInt(params.get("perPage"), DEFAULT_PER_PAGE, PAGE_SIZES),
    sort: parseSort(params.get("sort"), CLAIM_SORTABLE),
    status: parseList(params.get("status"), CLAIM_STATUSES),
    verdict: parseList(params.get("verdict"), VERDICTS),
    lang: parseList(params.get("lang"), LANGS),
    q: params.get("q") ?? "",
    site: params.get("site") ?? "",
    assignee: parseList(params.get("assignee"), ["me", "none"] as const)[0] ?? "",
    priority: parseList(params.get("priority"), PRIORITY_VALUES).map(Number),
    resurfaced: params.get("resurfaced") === "1",
    from: day(params.get("from")),
    to: day(params.get("to")),
    tags: (params.get("tags") ?? "")
      .split(",")
      .filter((id) => UUID.test(id))
      .slice(0, 20),
  }),
  write: (state) => {
    const out: Record<string, string> = {};
    if (state.q.trim()) out.q = state.q;
    if (state.status.length) out.status = state.status.join(",");
    if (state.verdict.length) out.verdict = state.verdict.join(",");
    if (state.lang.length) out.lang = state.lang.join(",");
    if (state.site.trim()) out.site = state.site.trim();
    if (state.assignee) out.assignee = state.assignee;
    if (state.priority.length) out.priority = state.priority.join(",");
    if (state.resurfaced) out.resurfaced = "1";
    if (state.from) out.from = state.from;
    if (state.to) out.to = state.to;
    if (state.tags.length) out.tags = state.tags.join(",");
    Object.assign(out, writeSort(state.sort));
    if (state.perPage !== DEFAULT_PER_PAGE) out.perPage = String(state.perPage);
    if (state.page !== 1) out.page = String(state.page);
    return out;
  },
};

/** The `claim.list` input for a URL state; empty filters are left out so equal views share a cache entry. */
export function toListInput(state: QueueState): TClaimListInput {
  const filters: NonNullable<TClaimListInput["filters"]> = {};
  if (state.status.length) filters.status = state.status;
  if (state.verdict.length) filters.verdict = state.verdict;
  if (state.lang.length) filters.lang = state.lang;
  if (state.q.trim()) filters.text = state.q.trim();
  if (state.site.trim()) filters.site = state.site.trim();
  if (state.assignee) filters.assignee = state.assignee;
  if (state.priority.length) filters.priority = state.priority;
  if (state.resurfaced) filters.resurfaced = true;
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  if (state.tags.length) filters.tags = state.tags;
  return { page: state.page, perPage: state.perPage, sort: state.sort, filters };
}
