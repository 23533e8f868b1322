import type { TAuditListInput } from "@tekser/contracts";
import { PAGE_SIZES } from "../lib/pager.tsx";
import { parsePositiveInt, type UrlCodec } from "../lib/url-state.ts";

export interface AuditState {
  page: number;
  perPage: number;
  /** Newest first unless the URL says `sort=seq.asc`. */
  desc: boolean;
  action: string;
  actor: string;
  subjectId: string;
}

const DEFAULT_PER_PAGE = 25;

export const auditCodec: UrlCodec<AuditState> = {
  parse: (params) => ({
    page: parsePositiveInt(params.get("page"), 1),
    perPage: parsePositiveInt(params.get("perPage"), DEFAULT_PER_PAGE, PAGE_SIZES),
    desc: params.get("sort") !== "seq.asc",
    action: params.get("action") ?? "",
    actor: params.get("actor") ?? "",
    subjectId: params.get("subject") ?? "",
  }),
  write: (state) => {
    const out: Record<string, string> = {};
    if (state.action.trim()) out.action = state.action;
    if (state.actor.trim()) out.actor = state.actor;
    if (state.subjectId.trim()) out.subject = state.subjectId;
    if (!state.desc) out.sort = "seq.asc";
    if (state.perPage !== DEFAULT_PER_PAGE) out.perPage = String(state.perPage);
    if (state.page !== 1) out.page = String(state.page);
    return out;
  },
};

export function toAuditInput(state: AuditState): TAuditListInput {
  const filters: NonNullable<TAuditListInput["filters"]> = {};
  if (state.action.trim()) filters.action = state.action.trim();
  if (state.actor.trim()) filters.actor = state.actor.trim();
  if (state.subjectId.trim()) filters.subjectId = state.subjectId.trim();
  return { page: state.page, perPage: state.perPage, sort: [{ id: "seq", desc: state.desc }], filters };
}
