import { useId, useState } from "react";
import { t } from "../i18n/t.ts";
import { ErrorBox } from "../lib/error-box.tsx";

interface Props {
  label: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** A required reason before a human decision on a cluster (it goes to the audit log). */
export function ReasonForm({ label, confirmLabel, pending, error, onConfirm, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState("");
  return (
    <form
      className="reason-form"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(reason);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          minLength={3}
          aria-describedby={`${id}-hint`}
        />
        <span id={`${id}-hint`} className="muted small">
          {t("spread.reasonHint")}
        </span>
      </div>
      <ErrorBox error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={pending || reason.trim().length < 3}>
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t("spread.cancel")}
        </button>
      </div>
    </form>
  );
}
