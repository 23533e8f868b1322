import { ZDefineVerdictLabelInput } from "@tekser/contracts";
import { useState } from "react";
import { FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { VerdictLabelFields, type VerdictLabelDraft } from "./verdict-label-fields.tsx";

interface Props {
  initial: VerdictLabelDraft;
  /** The form's accessible name. */
  name: string;
  errorId: string;
  submitText: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (draft: VerdictLabelDraft) => void;
  onCancel?: () => void;
}

/** The add and the edit form of a label: checked against the contract before it is sent. */
export function VerdictLabelForm({
  initial,
  name,
  errorId,
  submitText,
  pending,
  serverError,
  onSubmit,
  onCancel,
}: Props) {
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const server = fieldErrorsOf(serverError);
  const messages = Object.keys(local).length > 0 ? local : server;
  const invalid = Object.fromEntries(Object.keys(messages).map((field) => [field, true]));
  return (
    <form
      className="inline-form verdict-label-form"
      noValidate
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = ZDefineVerdictLabelInput.safeParse(draft);
        if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
        setLocal({});
        onSubmit(draft);
      }}
    >
      <VerdictLabelFields draft={draft} invalid={invalid} onChange={setDraft} />
      <button type="submit" className="btn btn-small" disabled={pending}>
        {submitText}
      </button>
      {onCancel ? (
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          {t("verdictScale.cancel")}
        </button>
      ) : null}
      <FieldErrors id={errorId} messages={Object.values(messages).flatMap((list) => list ?? [])} />
    </form>
  );
}
