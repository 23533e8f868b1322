import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/**
 * Enrolment: a QR code (and the secret, for typing in) for the authenticator app, confirmed with
 * a first code; then the recovery codes, shown this once. `onDone` runs only when the user says
 * the codes are saved, so nothing refreshes them off the screen before.
 */
export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const start = useMutation(trpc.auth.totpStart.mutationOptions());
  const confirm = useMutation(trpc.auth.totpConfirm.mutationOptions());

  if (confirm.data) {
    return (
      <div data-testid="recovery-codes">
        <p className="note" role="status">
          {t("totp.enabled")}
        </p>
        <p>{t("totp.recoveryIntro")}</p>
        <ul className="recovery-codes">
          {confirm.data.recoveryCodes.map((recovery) => (
            <li key={recovery}>
              <code>{recovery}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-primary" onClick={onDone}>
          {t("totp.savedCodes")}
        </button>
      </div>
    );
  }
  if (!start.data) {
    return (
      <>
        <ErrorBox error={start.error} />
        <button type="button" className="btn btn-primary" disabled={start.isPending} onClick={() => start.mutate()}>
          {t("totp.start")}
        </button>
      </>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate({ code });
      }}
    >
      <p>{t("totp.scan")}</p>
      <img src={start.data.qrDataUrl} alt={t("totp.qrAlt")} width={200} height={200} />
      <p className="muted small">
        {t("totp.secretLabel")} <code data-testid="totp-secret">{start.data.secret}</code>
      </p>
      <div className="field">
        <label htmlFor="totp-confirm-code">{t("totp.code")}</label>
        <input
          id="totp-confirm-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <ErrorBox error={confirm.error} />
      <button type="submit" className="btn btn-primary" disabled={confirm.isPending}>
        {t("totp.confirm")}
      </button>
    </form>
  );
}
