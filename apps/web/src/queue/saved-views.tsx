import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useSearch } from "wouter";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import type { ColumnLayout } from "./use-column-layout.ts";

/** Each user's named queue views (filters, sort, columns), stored on the server. */
export function SavedViews({ layout, onLayout }: { layout: ColumnLayout; onLayout: (layout: ColumnLayout) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const [selected, setSelected] = useState("");
  const views = useQuery(trpc.queueView.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.queueView.pathFilter());
  const save = useMutation(
    trpc.queueView.save.mutationOptions({
      onSuccess: async (view) => {
        setName("");
        setSelected(view.id);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.queueView.delete.mutationOptions({
      onSuccess: async () => {
        setSelected("");
        await refresh();
      },
    }),
  );

  const apply = (id: string) => {
    setSelected(id);
    const view = views.data?.find((candidate) => candidate.id === id);
    if (!view) return;
    onLayout({ order: view.state.columnOrder, hidden: view.state.hiddenColumns });
    navigate(view.state.query ? `/?${view.state.query}` : "/");
  };

  return (
    <div className="saved-views" data-testid="saved-views">
      <label className="inline-field">
        {t("queue.views")}
        <select value={selected} onChange={(event) => apply(event.target.value)}>
          <option value="">{views.data?.length ? "—" : t("queue.noViews")}</option>
          {views.data?.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </label>
      {selected ? (
        <button type="button" className="btn btn-small btn-ghost" onClick={() => remove.mutate({ id: selected })}>
          {t("queue.deleteView")}
        </button>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ name, state: { query: search, columnOrder: layout.order, hiddenColumns: layout.hidden } });
        }}
      >
        <input
          aria-label={t("queue.viewName")}
          placeholder={t("queue.viewName")}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="btn btn-small" disabled={save.isPending}>
          {t("queue.saveView")}
        </button>
      </form>
      <ErrorBox error={save.error ?? remove.error} />
    </div>
  );
}
