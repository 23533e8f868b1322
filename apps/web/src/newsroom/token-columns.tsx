import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { formatDateTime, t } from "../i18n/t.ts";
import type { RouterOutputs } from "../trpc.ts";
import { RevokeTokenButton } from "./revoke-token.tsx";

type TokenRow = RouterOutputs["newsroom"]["listTokens"]["rows"][number];
const column = createColumnHelper<TokenRow>();

export function tokenColumns(canRevoke: boolean) {
  return [
    column.accessor("newsroom", { header: () => t("newsroom.col.newsroom") }),
    column.accessor("issuedBy", { header: () => t("newsroom.col.issuedBy") }),
    column.accessor("createdAt", {
      header: () => t("newsroom.col.created"),
      cell: (info) => formatDateTime(info.getValue()),
    }),
    column.accessor("revokedAt", {
      header: () => t("newsroom.col.status"),
      cell: (info) => {
        const revokedAt = info.getValue();
        return revokedAt ? (
          <span className="muted">{t("newsroom.revokedAt", { at: formatDateTime(revokedAt) })}</span>
        ) : (
          t("newsroom.active")
        );
      },
    }),
    column.accessor("webhooks", { header: () => t("newsroom.col.webhooks"), meta: { className: "num" } }),
    column.display({
      id: "actions",
      header: () => t("newsroom.col.actions"),
      cell: ({ row }) =>
        canRevoke && !row.original.revokedAt ? <RevokeTokenButton tokenId={row.original.id} /> : null,
    }),
  ] as ColumnDef<TokenRow, never>[];
}
