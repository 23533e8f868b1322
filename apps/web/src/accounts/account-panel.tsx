import type { TRole } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC, type RouterOutputs } from "../trpc.ts";
import { AccountEmailField } from "./account-email-field.tsx";
import { OneTimePassword } from "./one-time-password.tsx";
import { RoleOptions } from "./role-options.tsx";

type AccountRow = RouterOutputs["user"]["list"]["rows"][number];

/** One account's admin actions: reset its password, change its role, deactivate or reactivate it, set its notification address. */
export function AccountPanel({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<TRole>(account.role);
  const [reason, setReason] = useState("");
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() }) };
  const reset = useMutation(trpc.user.resetPassword.mutationOptions(refresh));
  const setRoleCall = useMutation(trpc.user.setRole.mutationOptions(refresh));
  const setActive = useMutation(trpc.user.setActive.mutationOptions(refresh));
  const resetTotp = useMutation(trpc.user.resetTotp.mutationOptions(refresh));
  const failed = [reset.error, setRoleCall.error, setActive.error, resetTotp.error].find(Boolean);
  const noReason = reason.trim() === "";
  return (
    <section className="panel action-panel" aria-labelledby="account-panel-title" data-testid="account-panel">
      <h2 id="account-panel-title">{t("accounts.manageTitle", { name: account.displayName })}</h2>
      <div className="field">
        <label htmlFor="account-reason">{t("accounts.reason")}</label>
        <input
          id="account-reason"
          value={reason}
          aria-describedby="account-reason-hint"
          onChange={(event) => setReason(event.target.value)}
        />
        <p id="account-reason-hint" className="muted small">
          {t("accounts.reasonHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="account-role">{t("accounts.role")}</label>
        <select id="account-role" value={role} onChange={(event) => setRole(event.target.value as TRole)}>
          <RoleOptions />
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="btn"
          disabled={noReason || role === account.role || setRoleCall.isPending}
          onClick={() => setRoleCall.mutate({ userId: account.id, role, reason })}
        >
          {t("accounts.changeRole")}
        </button>
        <button
          type="button"
          className="btn"
          disabled={noReason || setActive.isPending}
          onClick={() => setActive.mutate({ userId: account.id, active: !account.active, reason })}
        >
          {account.active ? t("accounts.deactivate") : t("accounts.reactivate")}
        </button>
        <button
          type="button"
          className="btn"
          disabled={reset.isPending}
          onClick={() => reset.mutate({ userId: account.id })}
        >
          {t("accounts.resetPassword")}
        </button>
        {account.totpEnabled ? (
          <button
            type="button"
            className="btn"
            disabled={noReason || resetTotp.isPending}
            onClick={() => resetTotp.mutate({ userId: account.id, reason })}
          >
            {t("accounts.resetTotp")}
          </button>
        ) : null}
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          {t("accounts.close")}
        </button>
      </div>
      <ErrorBox error={failed} />
      <AccountEmailField userId={account.id} />
      {setRoleCall.isSuccess || setActive.isSuccess || resetTotp.isSuccess ? (
        <p className="note" role="status">
          {t("accounts.saved")}
        </p>
      ) : null}
      {reset.data ? <OneTimePassword username={account.username} password={reset.data.oneTimePassword} /> : null}
    </section>
  );
}
