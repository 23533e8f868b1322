import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { TotpEnrolment } from "./totp-enrolment.tsx";

/** My account: two-factor sign-in on (with recovery codes left) or off, and turning it on or off. */
export function TotpPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.auth.totpStatus.queryOptions());
  const [currentPassword, setCurrentPassword] = useState("");
  const disable = useMutation(
    trpc.auth.totpDisable.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.auth.totpStatus.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
        ]);
      },
    }),
  );
  return (
    <section className="panel action-panel" aria-labelledby="totp-title">
      <h2 id="totp-title">{t("totp.title")}</h2>
      <ErrorBox error={status.error} />
      {status.data?.enabled ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            disable.mutate({ currentPassword });
          }}
        >
          <p>{t("totp.onWithCodes", { count: status.data.recoveryCodesLeft })}</p>
          <div className="field">
            <label htmlFor="totp-disable-password">{t("auth.currentPassword")}</label>
            <input
              id="totp-disable-password"
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(event) => setCurrentPassword(event.target.value)}
            />
          </div>
          <ErrorBox error={disable.error} />
          <button type="submit" className="btn" disabled={disable.isPending}>
            {t("totp.disable")}
          </button>
        </form>
      ) : status.data ? (
        <>
          <p className="muted">{t("totp.off")}</p>
          <TotpEnrolment
            onDone={() => void queryClient.invalidateQueries({ queryKey: trpc.auth.totpStatus.queryKey() })}
          />
        </>
      ) : null}
    </section>
  );
}
