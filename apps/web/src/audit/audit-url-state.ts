import type { TAuditFilters, TAuditListInput } from "@tekser/contracts";
import { PAGE_SIZES, parsePositiveInt, type UrlCodec } from "../lib/url-state.ts";

/** The text filters as they sit in the URL (empty string = no filter). */
export const AUDIT_FILTER_KEYS = ["action", "actor", "subjectId", "role", "claimId", "from", "to"] as const;
type FilterKey = (typeof AUDIT_FILTER_KEYS)[number];

export type AuditState = {
  page: number;
  perPage: number;
  /** Newest first unless the URL says `sort=seq.asc`. */
  desc: boolean;
} & Record<FilterKey, string>;

const DEFAULT_PER_PAGE = 25;
/** `subjectId` was published as `subject` in URLs before; keep old links working. */
const URL_NAME: Record<FilterKey, string> = {
  action: "action",
  actor: "actor",
  subjectId: "subject",
  role: "role",
  claimId: "claim",
  from: "from",
  to: "to",
};

export const auditCodec: UrlCodec<AuditState> = {
  parse: (params) => {
    const filters = Object.fromEntries(
      AUDIT_FILTER_KEYS.map((key) => [key, params.get(URL_NAME[key]) ?? ""]),
    ) as Record<FilterKey, string>;
    return {
      page: parsePositiveInt(params.get("page"), 1),
      perPage: parsePositiveInt(params.get("perPage"), DEFAULT_PER_PAGE, PAGE_SIZES),
      desc: params.get("sort") !== "seq.asc",
      ...filters,
    };
  },
  write: (state) => {
    const out: Record<string, string> = {};
    for (const key of AUDIT_FILTER_KEYS) if (state[key].trim()) out[URL_NAME[key]] = state[key];
    if (!state.desc) out.sort = "seq.asc";
    if (state.perPage !== DEFAULT_PER_PAGE) out.perPage = String(state.perPage);
    if (state.page !== 1) out.page = String(state.page);
    return out;
  },
};

/** The filters the server takes, for the table and the export alike. */
export function toAuditFilters(state: AuditState): TAuditFilters {
  const filters: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) if (state[key].trim()) filters[key] = state[key].trim();
  return filters;
}

export function toAuditInput(state: AuditState): TAuditListInput {
  return {
    page: state.page,
    perPage: state.perPage,
    sort: [{ id: "seq", desc: state.desc }],
    filters: toAuditFilters(state),
  };
}
