import { ZRetractNoticeInput, type TPublishedNotice } from "@tekser/contracts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/**
 * Retracting is final for readers, so it is its own step: it names the notice, takes its own
 * public reason, and asks for a second, explicit click; it never shares the correction's fields.
 */
export function RetractNoticeForm({
  notice,
  onRetracted,
}: {
  notice: TPublishedNotice;
  onRetracted: (version: number) => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const retract = useMutation(
    trpc.notice.retract.mutationOptions({ onSuccess: ({ version }) => onRetracted(version) }),
  );
  if (!confirming) {
    return (
      <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
        {t("retract.open")}
      </button>
    );
  }
  const submit = () => {
    const input = { noticeId: notice.id, expectedVersion: notice.version, changeNote: reason };
    const parsed = ZRetractNoticeInput.safeParse(input);
    if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
    setLocal({});
    retract.mutate(input);
  };
  const server = fieldErrorsOf(retract.error);
  const fieldId = `retract-reason-${notice.id}`;
  return (
    <section className="retract-form" data-testid="retract-form" role="group" aria-labelledby={`${fieldId}-title`}>
      <p id={`${fieldId}-title`}>
        <strong>{t("retract.confirm", { headline: notice.headline })}</strong>
      </p>
      <div className="field">
        <label htmlFor={fieldId}>{t("retract.reason")}</label>
        <textarea
          id={fieldId}
          rows={2}
          aria-required="true"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldErrors id={`${fieldId}-error`} messages={local.changeNote ?? server.changeNote} />
      </div>
      {retract.error && !server.changeNote ? <ErrorBox error={retract.error} /> : null}
      <button type="button" className="btn btn-danger" disabled={retract.isPending} onClick={submit}>
        {t("retract.submit", { headline: notice.headline })}
      </button>{" "}
      <button type="button" className="btn" onClick={() => setConfirming(false)}>
        {t("retract.cancel")}
      </button>
    </section>
  );
}
