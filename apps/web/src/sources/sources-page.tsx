import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { t } from "../i18n/t.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { usePagedTable } from "../lib/paged-table.ts";
import { PagedTableView } from "../lib/paged-table-view.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { useTRPC } from "../trpc.ts";
import { EditSourceDialog } from "./edit-source-dialog.tsx";
import { sourceColumns, type SourceRow } from "./source-columns.tsx";
import { NEW_SOURCE, SourceForm } from "./source-form.tsx";
import { sourcesCodec, toSourceListInput, type SourceSortId, type SourceStateFilter } from "./sources-url-state.ts";

/** The feeds and pages the server polls, with each one's health; staff add, edit, disable and enable them. */
export function SourcesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, update] = useUrlState(sourcesCodec);
  const [editing, setEditing] = useState<SourceRow | null>(null);
  const list = useQuery(trpc.source.list.queryOptions(toSourceListInput(state), { placeholderData: keepPreviousData }));
  const refresh = () => void queryClient.invalidateQueries(trpc.source.list.pathFilter());
  const toggle = useMutation(trpc.source.setEnabled.mutationOptions({ onSuccess: refresh }));
  const togglingId = toggle.isPending ? (toggle.variables?.id ?? null) : null;
  const { mutate: setEnabled } = toggle;
  const columns = useMemo(
    () =>
      sourceColumns({
        onEdit: setEditing,
        onToggle: (source) => setEnabled({ id: source.id, enabled: !source.enabled }),
        togglingId,
      }),
    [setEnabled, togglingId],
  );
  const rowCount = list.data?.rowCount ?? 0;
  const table = usePagedTable(list.data?.rows ?? [], rowCount, columns, state, update, {
    value: state.sort,
    onSort: (sort) => update({ sort: sort as { id: SourceSortId; desc: boolean }[], page: 1 }),
  });

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("sources.title")}</h1>
      </header>
      <p className="muted intro">{t("sources.intro")}</p>
      <AddSourceForm onAdded={refresh} />
      <div className="filters-row">
        <div className="field field-narrow">
          <label htmlFor="source-state-filter">{t("sources.filterState")}</label>
          <select
            id="source-state-filter"
            value={state.state}
            onChange={(event) => update({ state: event.target.value as SourceStateFilter, page: 1 })}
          >
            <option value="">{t("sources.filterAll")}</option>
            <option value="enabled">{t("sources.state.enabled")}</option>
            <option value="disabled">{t("sources.state.disabled")}</option>
          </select>
        </div>
      </div>
      <ErrorBox error={toggle.error} />
      <PagedTableView
        table={table}
        caption={t("sources.title")}
        state={state}
        rowCount={rowCount}
        summary={t("sources.count", { count: String(rowCount) })}
        stale={list.isPlaceholderData}
        error={list.error}
        rowTestId="source-row"
      />
      {editing ? <EditSourceDialog source={editing} onClose={() => setEditing(null)} onSaved={refresh} /> : null}
    </section>
  );
}

function AddSourceForm({ onAdded }: { onAdded: () => void }) {
  const trpc = useTRPC();
  // A new key empties the form after each source is added.
  const [formKey, setFormKey] = useState(0);
  const add = useMutation(
    trpc.source.add.mutationOptions({ onSuccess: () => (setFormKey((key) => key + 1), onAdded()) }),
  );
  return (
    <div className="panel">
      <SourceForm
        key={formKey}
        initial={NEW_SOURCE}
        submitLabel={t("sources.add")}
        pending={add.isPending}
        error={add.error}
        onSubmit={(settings) => add.mutate(settings)}
      />
    </div>
  );
}
