import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useMe } from "../auth/use-me.ts";
import { pageCodec, usePagedTable, type PageState } from "../lib/paged-table.ts";
import { PagedTableView } from "../lib/paged-table-view.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { t, tp } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { IssueTokenForm } from "./issue-token-form.tsx";
import { tokenColumns } from "./token-columns.tsx";
import { WebhooksPanel } from "./webhooks-panel.tsx";

type TokenStatus = "active" | "revoked" | "";
interface TokensState extends PageState {
  status: TokenStatus;
}
const tokensCodec = pageCodec<TokensState>(
  (params) => ({
    status: (["active", "revoked"].includes(params.get("status") ?? "") ? params.get("status") : "") as TokenStatus,
  }),
  (state): Record<string, string> => (state.status ? { status: state.status } : {}),
);

/** Admins issue and revoke newsroom tokens; editors and admins manage webhooks. */
export function NewsroomPage() {
  const me = useMe();
  const trpc = useTRPC();
  const [state, update] = useUrlState(tokensCodec);
  const input = { page: state.page, perPage: state.perPage, filters: state.status ? { status: state.status } : {} };
  const list = useQuery(trpc.newsroom.listTokens.queryOptions(input, { placeholderData: keepPreviousData }));
  const isAdmin = me.role === "admin";
  const columns = useMemo(() => tokenColumns(isAdmin), [isAdmin]);
  const rowCount = list.data?.rowCount ?? 0;
  const table = usePagedTable(list.data?.rows ?? [], rowCount, columns, state, update);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("newsroom.title")}</h1>
      </header>
      <p className="muted">{t("newsroom.intro")}</p>
      {isAdmin ? <IssueTokenForm /> : null}
      <section className="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("newsroom.tokens")}</h2>
        <select
          aria-label={t("newsroom.col.status")}
          value={state.status}
          onChange={(event) => update({ status: event.target.value as TokenStatus, page: 1 })}
        >
          <option value="">{t("newsroom.filterAll")}</option>
          <option value="active">{t("newsroom.filterActive")}</option>
          <option value="revoked">{t("newsroom.filterRevoked")}</option>
        </select>
        <PagedTableView
          table={table}
          caption={t("newsroom.tokens")}
          state={state}
          rowCount={rowCount}
          summary={tp("newsroom.count", rowCount)}
          stale={list.isPlaceholderData}
          error={list.error}
          rowTestId="token-row"
        />
      </section>
      <WebhooksPanel />
    </section>
  );
}
