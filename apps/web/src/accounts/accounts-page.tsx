import type { TRole } from "@tekser/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { usePagedTable } from "../lib/paged-table.ts";
import { PagedTableView } from "../lib/paged-table-view.tsx";
import { SearchInput } from "../lib/search-input.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { t, tp } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { accountColumns } from "./account-columns.tsx";
import { AccountPanel } from "./account-panel.tsx";
import { accountsCodec, toUserListInput, type AccountSortId } from "./accounts-url-state.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { RoleOptions } from "./role-options.tsx";

/** Admins: every account, created, reset, re-roled and deactivated here (each change audited). */
export function AccountsPage() {
  const trpc = useTRPC();
  const [state, update] = useUrlState(accountsCodec);
  const [managedId, setManagedId] = useState<string | null>(null);
  const list = useQuery(trpc.user.list.queryOptions(toUserListInput(state), { placeholderData: keepPreviousData }));
  const columns = useMemo(() => accountColumns((account) => setManagedId(account.id)), []);
  const rowCount = list.data?.rowCount ?? 0;
  const rows = list.data?.rows ?? [];
  const table = usePagedTable(rows, rowCount, columns, state, update, {
    value: state.sort,
    onSort: (sort) => update({ sort: sort as { id: AccountSortId; desc: boolean }[], page: 1 }),
  });
  const managed = rows.find((row) => row.id === managedId);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("accounts.title")}</h1>
      </header>
      <p className="muted">{t("accounts.intro")}</p>
      <CreateUserForm />
      <section className="panel" aria-labelledby="accounts-list-title">
        <h2 id="accounts-list-title">{t("accounts.listTitle")}</h2>
        <div className="filters filters-row">
          <SearchInput
            label={t("accounts.search")}
            value={state.search}
            onChange={(search) => update({ search, page: 1 })}
          />
          <select
            aria-label={t("accounts.role")}
            value={state.role}
            onChange={(event) => update({ role: event.target.value as TRole | "", page: 1 })}
          >
            <option value="">{t("accounts.allRoles")}</option>
            <RoleOptions />
          </select>
        </div>
        <PagedTableView
          table={table}
          caption={t("accounts.listTitle")}
          state={state}
          rowCount={rowCount}
          summary={tp("accounts.count", rowCount)}
          stale={list.isPlaceholderData}
          error={list.error}
          rowTestId="account-row"
        />
      </section>
      {managed ? <AccountPanel key={managed.id} account={managed} onClose={() => setManagedId(null)} /> : null}
    </section>
  );
}
