import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { ClaimHistoryLink } from "../audit/claim-history-link.tsx";
import { pageCodec, usePagedTable, type PageState } from "../lib/paged-table.ts";
import { PagedTableView } from "../lib/paged-table-view.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { formatDateTime, t, tp } from "../i18n/t.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";

type DeliveryRow = RouterOutputs["newsroom"]["listDeliveries"]["rows"][number];
type DeliveryState = "delivered" | "pending" | "";
interface DeliveriesState extends PageState {
  state: DeliveryState;
}
const codec = pageCodec<DeliveriesState>(
  (params) => ({
    state: (["delivered", "pending"].includes(params.get("state") ?? "") ? params.get("state") : "") as DeliveryState,
  }),
  (value): Record<string, string> => (value.state ? { state: value.state } : {}),
);

const column = createColumnHelper<DeliveryRow>();
const columns = [
  column.accessor("createdAt", {
    header: () => t("deliveries.col.created"),
    cell: (info) => formatDateTime(info.getValue()),
    meta: { className: "nowrap" },
  }),
  column.accessor("newsroom", { header: () => t("deliveries.col.newsroom") }),
  column.accessor("url", { header: () => t("deliveries.col.url"), cell: (info) => <code>{info.getValue()}</code> }),
  column.display({
    id: "notice",
    header: () => t("deliveries.col.notice"),
    cell: ({ row }) => (
      <>
        <a href={`/notices/${row.original.noticeId}`} target="_blank" rel="noreferrer" className="mono">
          v{row.original.version}
        </a>{" "}
        <ClaimHistoryLink claimId={row.original.claimId} testId="delivery-history-link" />
      </>
    ),
  }),
  column.accessor("attempts", { header: () => t("deliveries.col.attempts"), meta: { className: "num" } }),
  column.display({
    id: "status",
    header: () => t("deliveries.col.status"),
    cell: ({ row }) => (
      <span title={row.original.lastError ?? ""}>{row.original.lastStatus ?? row.original.lastError ?? "—"}</span>
    ),
  }),
  column.accessor("deliveredAt", {
    header: () => t("deliveries.col.delivered"),
    cell: (info) =>
      info.getValue() ? formatDateTime(info.getValue()) : <span className="muted">{t("deliveries.pending")}</span>,
  }),
] as ColumnDef<DeliveryRow, never>[];

/** Every webhook delivery with its attempts and last answer, newest first. */
export function DeliveriesPage() {
  const trpc = useTRPC();
  const [state, update] = useUrlState(codec);
  const input = { page: state.page, perPage: state.perPage, filters: state.state ? { state: state.state } : {} };
  const list = useQuery(
    trpc.newsroom.listDeliveries.queryOptions(input, { placeholderData: keepPreviousData, refetchInterval: 5000 }),
  );
  const rowCount = list.data?.rowCount ?? 0;
  const table = usePagedTable(list.data?.rows ?? [], rowCount, columns, state, update);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("deliveries.title")}</h1>
      </header>
      <select
        aria-label={t("deliveries.col.delivered")}
        value={state.state}
        onChange={(event) => update({ state: event.target.value as DeliveryState, page: 1 })}
      >
        <option value="">{t("deliveries.filterAll")}</option>
        <option value="delivered">{t("deliveries.filterDelivered")}</option>
        <option value="pending">{t("deliveries.filterPending")}</option>
      </select>
      <PagedTableView
        table={table}
        caption={t("deliveries.title")}
        state={state}
        rowCount={rowCount}
        summary={tp("deliveries.count", rowCount)}
        stale={list.isPlaceholderData}
        error={list.error}
        rowTestId="delivery-row"
      />
    </section>
  );
}
