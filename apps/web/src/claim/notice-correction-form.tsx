import { ZCorrectNoticeInput, type TPublishedNotice } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { RetractNoticeForm } from "./retract-notice-form.tsx";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/** Loads the notice's current version, then offers a correction or a retraction with a change note. */
export function NoticeCorrectionForm({ noticeId }: { noticeId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateClaims = useInvalidateClaims();
  const notice = useQuery(trpc.notice.byId.queryOptions({ noticeId }));
  // Kept here, above the remounting fields, so the confirmation outlives the new version's form.
  const [lastChange, setLastChange] = useState<{ kind: "corrected" | "retracted"; version: number } | null>(null);
  const changed = (kind: "corrected" | "retracted") => (version: number) => {
    setLastChange({ kind, version });
    void invalidateClaims();
    return queryClient.invalidateQueries({ queryKey: trpc.notice.byId.queryKey({ noticeId }) });
  };
  if (notice.isError) return <ErrorBox error={notice.error} />;
  if (!notice.data) return null;
  return (
    <>
      {lastChange ? (
        <p role="status" className="note" data-testid="notice-change-done">
          {t(lastChange.kind === "corrected" ? "correct.published" : "retract.done", { version: lastChange.version })}
        </p>
      ) : null}
      {/* Remount on a new version so the fields start from what is now published. */}
      <CorrectionFields key={notice.data.version} notice={notice.data} onCorrected={changed("corrected")} />
      {notice.data.status === "retracted" ? null : (
        <RetractNoticeForm
          key={`retract-${notice.data.version}`}
          notice={notice.data}
          onRetracted={changed("retracted")}
        />
      )}
    </>
  );
}

function CorrectionFields({
  notice,
  onCorrected,
}: {
  notice: TPublishedNotice;
  onCorrected: (version: number) => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [headline, setHeadline] = useState(notice.headline);
  const [summary, setSummary] = useState(notice.summary);
  const [changeNote, setChangeNote] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const correct = useMutation(
    trpc.notice.correct.mutationOptions({ onSuccess: ({ version }) => onCorrected(version) }),
  );
  const submit = () => {
    const input = { noticeId: notice.id, expectedVersion: notice.version, changeNote, headline, summary };
    const parsed = ZCorrectNoticeInput.safeParse(input);
    if (!parsed.success) {
      setLocal(issuesByField(parsed.error.issues));
      return;
    }
    setLocal({});
    correct.mutate(input);
  };
  const server = fieldErrorsOf(correct.error);
  if (notice.status === "retracted") return <p className="note">{t("correct.retracted")}</p>;
  return (
    <form
      className="correction-form"
      data-testid="correction-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>
        {t("correct.title", {
          lang: t(`lang.${notice.lang === "other" ? "en" : notice.lang}`),
          version: notice.version,
        })}
      </h3>
      <div className="field">
        <label htmlFor={`correct-headline-${notice.id}`}>{t("publish.headline")}</label>
        <input
          id={`correct-headline-${notice.id}`}
          value={headline}
          onChange={(event) => setHeadline(event.target.value)}
        />
        <FieldErrors id={`correct-headline-${notice.id}-error`} messages={local.headline ?? server.headline} />
      </div>
      <div className="field">
        <label htmlFor={`correct-summary-${notice.id}`}>{t("publish.summary")}</label>
        <textarea
          id={`correct-summary-${notice.id}`}
          rows={4}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
        <FieldErrors id={`correct-summary-${notice.id}-error`} messages={local.summary ?? server.summary} />
      </div>
      <div className="field">
        <label htmlFor={`correct-note-${notice.id}`}>{t("correct.changeNote")}</label>
        <textarea
          id={`correct-note-${notice.id}`}
          rows={2}
          aria-required="true"
          value={changeNote}
          onChange={(event) => setChangeNote(event.target.value)}
        />
        <FieldErrors id={`correct-note-${notice.id}-error`} messages={local.changeNote ?? server.changeNote} />
      </div>
      {correct.error && !server.changeNote ? <ErrorBox error={correct.error} /> : null}
      <button type="submit" className="btn btn-primary" disabled={correct.isPending}>
        {t("correct.submit")}
      </button>
    </form>
  );
}
