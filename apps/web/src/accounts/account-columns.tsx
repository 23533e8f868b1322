import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { formatDateTime, t } from "../i18n/t.ts";
import type { RouterOutputs } from "../trpc.ts";

export type AccountRow = RouterOutputs["user"]["list"]["rows"][number];
const column = createColumnHelper<AccountRow>();

export function accountColumns(onManage: (account: AccountRow) => void) {
  return [
    column.accessor("username", { header: () => t("auth.username"), enableSorting: true }),
    column.accessor("displayName", { header: () => t("accounts.displayName") }),
    column.accessor("role", {
      header: () => t("accounts.role"),
      enableSorting: true,
      cell: (info) => t(`role.${info.row.original.role}`),
    }),
    column.accessor("active", {
      header: () => t("accounts.status"),
      cell: (info) =>
        info.getValue() ? t("accounts.active") : <span className="muted">{t("accounts.deactivated")}</span>,
    }),
    column.accessor("totpEnabled", {
      header: () => t("accounts.twoFactor"),
      cell: (info) => (info.getValue() ? t("accounts.twoFactorOn") : t("accounts.twoFactorOff")),
    }),
    column.accessor("lastLoginAt", {
      header: () => t("accounts.lastLogin"),
      cell: (info) => {
        const at = info.getValue();
        return at ? formatDateTime(at) : <span className="muted">{t("accounts.never")}</span>;
      },
    }),
    column.accessor("failedLogins", { header: () => t("accounts.failedLogins"), meta: { className: "num" } }),
    column.accessor("createdAt", {
      header: () => t("accounts.created"),
      enableSorting: true,
      cell: (info) => formatDateTime(info.getValue()),
    }),
    column.display({
      id: "actions",
      header: () => t("accounts.actions"),
      cell: ({ row }) => (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onManage(row.original)}
          aria-label={t("accounts.manageTitle", { name: row.original.displayName })}
        >
          {t("accounts.manage")}
        </button>
      ),
    }),
  ] as ColumnDef<AccountRow, never>[];
}
