import { ZCorrectNoticeInput, ZRetractNoticeInput, type TPublishedNotice } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/** Loads the notice's current version, then offers a correction or a retraction with a change note. */
export function NoticeCorrectionForm({ noticeId }: { noticeId: string }) {
  const trpc = useTRPC();
  const notice = useQuery(trpc.notice.byId.queryOptions({ noticeId }));
  if (notice.isError) return <ErrorBox error={notice.error} />;
  if (!notice.data) return null;
  // Remount on a new version so the fields start from what is now published.
  return <CorrectionFields key={notice.data.version} notice={notice.data} />;
}

function CorrectionFields({ notice }: { notice: TPublishedNotice }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateClaims = useInvalidateClaims();
  const [headline, setHeadline] = useState(notice.headline);
  const [summary, setSummary] = useState(notice.summary);
  const [changeNote, setChangeNote] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const onSuccess = () => {
    void invalidateClaims();
    return queryClient.invalidateQueries({ queryKey: trpc.notice.byId.queryKey({ noticeId: notice.id }) });
  };
  const correct = useMutation(trpc.notice.correct.mutationOptions({ onSuccess }));
  const retract = useMutation(trpc.notice.retract.mutationOptions({ onSuccess }));
  const base = { noticeId: notice.id, expectedVersion: notice.version, changeNote };
  const submit = (kind: "correct" | "retract") => {
    const parsed = kind === "correct" ? ZCorrectNoticeInput.safeParse({ ...base, headline, summary }) : ZRetractNoticeInput.safeParse(base);
    if (!parsed.success) {
      setLocal(issuesByField(parsed.error.issues));
      return;
    }
    setLocal({});
    if (kind === "correct") correct.mutate({ ...base, headline, summary, changeNote });
    else retract.mutate(base);
  };
  const server = fieldErrorsOf(correct.error ?? retract.error);
  const done = correct.data ?? retract.data;
  if (notice.status === "retracted") return <p className="note">{t("correct.retracted")}</p>;
  return (
    <form
      className="correction-form"
      data-testid="correction-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit("correct");
      }}
    >
      <h3>{t("correct.title", { lang: t(`lang.${notice.lang === "other" ? "en" : notice.lang}`), version: notice.version })}</h3>
      <div className="field">
        <label htmlFor={`correct-headline-${notice.id}`}>{t("publish.headline")}</label>
        <input id={`correct-headline-${notice.id}`} value={headline} onChange={(event) => setHeadline(event.target.value)} />
        <FieldErrors id={`correct-headline-${notice.id}-error`} messages={local.headline ?? server.headline} />
      </div>
      <div className="field">
        <label htmlFor={`correct-summary-${notice.id}`}>{t("publish.summary")}</label>
        <textarea id={`correct-summary-${notice.id}`} rows={4} value={summary} onChange={(event) => setSummary(event.target.value)} />
        <FieldErrors id={`correct-summary-${notice.id}-error`} messages={local.summary ?? server.summary} />
      </div>
      <div className="field">
        <label htmlFor={`correct-note-${notice.id}`}>{t("correct.changeNote")}</label>
        <textarea id={`correct-note-${notice.id}`} rows={2} aria-required="true" value={changeNote} onChange={(event) => setChangeNote(event.target.value)} />
        <FieldErrors id={`correct-note-${notice.id}-error`} messages={local.changeNote ?? server.changeNote} />
      </div>
      {(correct.error ?? retract.error) && !server.changeNote ? <ErrorBox error={correct.error ?? retract.error} /> : null}
      {done ? <p role="status">{t("correct.done", { version: done.version })}</p> : null}
      <p className="muted small">{t("correct.retractHint")}</p>
      <button type="submit" className="btn btn-primary" disabled={correct.isPending}>
        {t("correct.submit")}
      </button>{" "}
      <button type="button" className="btn btn-danger" disabled={retract.isPending} onClick={() => submit("retract")}>
        {t("correct.retract")}
      </button>
    </form>
  );
}
