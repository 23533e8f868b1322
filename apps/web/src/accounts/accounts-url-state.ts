import { ROLES, type TRole, type TUserListInput } from "@tekser/contracts";
import { pageCodec, type PageState } from "../lib/paged-table.ts";
import { parseList, parseSort, writeSort, type UrlSort } from "../lib/url-state.ts";

const ACCOUNT_SORTABLE = ["username", "role", "createdAt"] as const;
export type AccountSortId = (typeof ACCOUNT_SORTABLE)[number];

export interface AccountsState extends PageState {
  sort: UrlSort<AccountSortId>[];
  search: string;
  role: TRole | "";
}

/** `?search=dana&role=reviewer&sort=createdAt.desc`; the default view (by username) writes nothing. */
export const accountsCodec = pageCodec<AccountsState>(
  (params) => ({
    sort: parseSort(params.get("sort"), ACCOUNT_SORTABLE, 1),
    search: params.get("search") ?? "",
    role: parseList(params.get("role"), ROLES)[0] ?? "",
  }),
  (state) => ({
    ...writeSort(state.sort),
    ...(state.search ? { search: state.search } : {}),
    ...(state.role ? { role: state.role } : {}),
  }),
);

export function toUserListInput(state: AccountsState): TUserListInput {
  return {
    page: state.page,
    perPage: state.perPage,
    sort: state.sort,
    filters: { ...(state.search ? { search: state.search } : {}), ...(state.role ? { role: state.role } : {}) },
  };
}
