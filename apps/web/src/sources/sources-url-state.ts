import { SOURCE_SORTABLE, SOURCE_STATES, type TSourceListInput } from "@tekser/contracts";
import { pageCodec, type PageState } from "../lib/paged-table.ts";
import { parseList, parseSort, writeSort, type UrlSort } from "../lib/url-state.ts";

export type SourceSortId = (typeof SOURCE_SORTABLE)[number];
export type SourceStateFilter = (typeof SOURCE_STATES)[number] | "";

export interface SourcesState extends PageState {
  sort: UrlSort<SourceSortId>[];
  state: SourceStateFilter;
}

/** `?state=disabled&sort=failureCount.desc&page=2&perPage=50`; the default view (by name) writes nothing. */
export const sourcesCodec = pageCodec<SourcesState>(
  (params) => ({
    sort: parseSort(params.get("sort"), SOURCE_SORTABLE, 1),
    state: parseList(params.get("state"), SOURCE_STATES)[0] ?? "",
  }),
  (state) => ({ ...writeSort(state.sort), ...(state.state ? { state: state.state } : {}) }),
);

export function toSourceListInput(state: SourcesState): TSourceListInput {
  return {
    page: state.page,
    perPage: state.perPage,
    sort: state.sort,
    filters: state.state ? { state: state.state } : {},
  };
}
