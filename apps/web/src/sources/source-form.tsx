import { ZSourceAddInput, type TSourceAddInput } from "@tekser/contracts";
import { useId, useState } from "react";
import { t } from "../i18n/t.ts";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";

export const NEW_SOURCE: TSourceAddInput = { name: "", url: "", kind: "feed", pollMinutes: 30 };

interface Props {
  initial: TSourceAddInput;
  submitLabel: string;
  pending: boolean;
  /** The mutation's error: field issues go under their fields, anything else above the button. */
  error: unknown;
  onSubmit: (settings: TSourceAddInput) => void;
  onCancel?: () => void;
}

/** A source's settings, checked with the server's own contract before sending; adding and editing share it. */
export function SourceForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState({ ...initial, pollMinutes: String(initial.pollMinutes) });
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const server = fieldErrorsOf(error);
  const messages = (field: keyof TSourceAddInput) => local[field] ?? server[field];
  const set = (field: keyof typeof draft) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft({ ...draft, [field]: event.target.value });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZSourceAddInput.safeParse({ ...draft, pollMinutes: Number(draft.pollMinutes) });
    if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
    setLocal({});
    onSubmit(parsed.data);
  };
  const fieldError = Object.keys(server).length > 0;
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("sources.name")}</label>
          <input id={`${id}-name`} value={draft.name} onChange={set("name")} />
          <FieldErrors id={`${id}-name-error`} messages={messages("name")} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t("sources.url")}</label>
          <input id={`${id}-url`} type="url" value={draft.url} onChange={set("url")} />
          <FieldErrors id={`${id}-url-error`} messages={messages("url")} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("sources.format")}</label>
          <select id={`${id}-kind`} value={draft.kind} onChange={set("kind")}>
            <option value="feed">{t("sources.format.feed")}</option>
            <option value="page">{t("sources.format.page")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-poll`}>{t("sources.pollMinutes")}</label>
          <input
            id={`${id}-poll`}
            type="number"
            min={5}
            max={1440}
            value={draft.pollMinutes}
            onChange={set("pollMinutes")}
          />
          <FieldErrors id={`${id}-poll-error`} messages={messages("pollMinutes")} />
        </div>
      </div>
      {error && !fieldError ? <ErrorBox error={error} /> : null}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t("sources.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
