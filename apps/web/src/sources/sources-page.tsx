import { ZSourceAddInput } from "@tekser/contracts";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useState } from "react";
import { t } from "../i18n/t.ts";
import { DataTable } from "../lib/data-table.tsx";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { Pager } from "../lib/pager.tsx";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { sourceColumns } from "./source-columns.tsx";

type SortId = "name" | "lastSuccessAt" | "failureCount";

/** The feeds and pages the server polls, with each one's health, and a form to add one. */
export function SourcesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const [sorting, setSorting] = useState<SortingState>([{ id: "name", desc: false }]);
  const sort = sorting.map((s) => ({ id: s.id as SortId, desc: s.desc }));
  const list = useQuery(trpc.source.list.queryOptions({ page, perPage, sort }, { placeholderData: keepPreviousData }));
  const rowCount = list.data?.rowCount ?? 0;
  const table = useReactTable({
    data: list.data?.rows ?? [],
    columns: sourceColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    rowCount,
    defaultColumn: { enableSorting: false },
    enableMultiSort: false,
    state: { sorting, pagination: { pageIndex: page - 1, pageSize: perPage } },
    onSortingChange: (updater) => {
      setSorting(typeof updater === "function" ? updater(sorting) : updater);
      setPage(1);
    },
  });

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("sources.title")}</h1>
      </header>
      <p className="muted intro">{t("sources.intro")}</p>
      <AddSourceForm onAdded={() => void queryClient.invalidateQueries(trpc.source.list.pathFilter())} />
      {list.isPending ? <Loading /> : list.isError ? <ErrorBox error={list.error} /> : <DataTable table={table} caption={t("sources.title")} stale={list.isPlaceholderData} />}
      <Pager
        page={page}
        pageCount={Math.ceil(rowCount / perPage)}
        perPage={perPage}
        summary={t("sources.count", { count: String(rowCount) })}
        onPage={setPage}
        onPerPage={(size) => {
          setPerPage(size);
          setPage(1);
        }}
      />
    </section>
  );
}

function AddSourceForm({ onAdded }: { onAdded: () => void }) {
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const add = useMutation(trpc.source.add.mutationOptions({ onSuccess: () => (setName(""), setUrl(""), onAdded()) }));
  const server = fieldErrorsOf(add.error);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZSourceAddInput.safeParse({ name, url });
    if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
    setLocal({});
    add.mutate(parsed.data);
  };
  return (
    <form className="panel" onSubmit={onSubmit} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="source-name">{t("sources.name")}</label>
          <input id="source-name" value={name} onChange={(event) => setName(event.target.value)} />
          <FieldErrors id="source-name-error" messages={local.name ?? server.name} />
        </div>
        <div className="field">
          <label htmlFor="source-url">{t("sources.url")}</label>
          <input id="source-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          <FieldErrors id="source-url-error" messages={local.url ?? server.url} />
        </div>
      </div>
      {add.error && !server.name && !server.url ? <ErrorBox error={add.error} /> : null}
      <button type="submit" className="button primary" disabled={add.isPending}>
        {t("sources.add")}
      </button>
    </form>
  );
}
