import { VERDICT_LABELS, ZPublishNoticeInput, type TClaimDetail, type TPublishNoticeInput } from "@tekser/contracts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { ClaimHistoryLink } from "../audit/claim-history-link.tsx";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { NoticeCorrectionForm } from "./notice-correction-form.tsx";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";

type NoticeLang = TPublishNoticeInput["lang"];
const NOTICE_LANGS: NoticeLang[] = ["kk", "ru", "en"];

/** Editor's notice form: one notice per language; languages already published are left out. */
export function PublishForm({ claim }: { claim: TClaimDetail }) {
  const open = NOTICE_LANGS.filter((lang) => !claim.notices.some((notice) => notice.lang === lang));
  if (open.length === 0) {
    return (
      <section className="panel action-panel note-panel" aria-labelledby="publish-title">
        <h2 id="publish-title">{t("publish.title")}</h2>
        <p className="note">{t("publish.allDone")}</p>
      </section>
    );
  }
  // Remount when the set of open languages changes, so the selected language is always one of them.
  return <PublishFormFields key={open.join(",")} claim={claim} languages={open} />;
}

function PublishFormFields({ claim, languages }: { claim: TClaimDetail; languages: NoticeLang[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const preferred = languages.find((lang) => lang === claim.lang) ?? languages[0] ?? "kk";
  const [lang, setLang] = useState<NoticeLang>(preferred);
  // A start the editor rewrites rather than a blank form: the claim's title and the approved rationale.
  const approved = claim.reviews.findLast((review) => review.status === "approved");
  const [headline, setHeadline] = useState(claim.title);
  // Reviews come newest first; the notice carries the label of the latest approved verdict.
  const label = useVerdictScale().byId.get(
    claim.reviews.find((review) => review.status === "approved")?.verdictLabelId ?? "",
  );
  const [summary, setSummary] = useState(approved?.rationale ?? "");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const publish = useMutation(trpc.notice.publish.mutationOptions({ onSuccess: () => invalidate() }));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZPublishNoticeInput.safeParse({ claimId: claim.id, lang, headline, summary });
    if (!parsed.success) {
      setLocal(issuesByField(parsed.error.issues));
      return;
    }
    setLocal({});
    publish.mutate(parsed.data);
  };

  const server = fieldErrorsOf(publish.error);
  return (
    <form
      className="panel action-panel"
      data-testid="publish-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="publish-title"
    >
      <h2 id="publish-title">{t("publish.title")}</h2>
      <div className="field">
        <label htmlFor="publish-lang">{t("publish.language")}</label>
        <select id="publish-lang" value={lang} onChange={(event) => setLang(event.target.value as NoticeLang)}>
          {languages.map((value) => (
            <option key={value} value={value}>
              {t(`lang.${value}`)} ({value})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="publish-headline">{t("publish.headline")}</label>
        <input
          id="publish-headline"
          value={headline}
          aria-required="true"
          aria-invalid={Boolean(local.headline ?? server.headline)}
          aria-describedby="publish-headline-hint"
          onChange={(event) => setHeadline(event.target.value)}
        />
        {claim.verdict ? (
          <p className="small muted" id="publish-headline-hint" data-testid="publish-label-hint">
            {t("publish.labelAdded", { label: label?.wording[lang] ?? VERDICT_LABELS[claim.verdict][lang] })}
          </p>
        ) : null}
        <FieldErrors id="publish-headline-error" messages={local.headline ?? server.headline} />
      </div>
      <div className="field">
        <label htmlFor="publish-summary">{t("publish.summary")}</label>
        <textarea
          id="publish-summary"
          rows={5}
          value={summary}
          aria-required="true"
          aria-invalid={Boolean(local.summary ?? server.summary)}
          onChange={(event) => setSummary(event.target.value)}
        />
        <FieldErrors id="publish-summary-error" messages={local.summary ?? server.summary} />
      </div>
      {publish.error && !server.headline && !server.summary ? <ErrorBox error={publish.error} /> : null}
      <button type="submit" className="btn btn-primary" disabled={publish.isPending}>
        {publish.isPending ? t("publish.submitting") : t("publish.submit")}
      </button>
    </form>
  );
}

/** Published notices (public pages, opened in a new tab) and the public feeds. */
export function NoticeList({ claimId, notices }: { claimId: string; notices: TClaimDetail["notices"] }) {
  // Decided here rather than by the claim page, so corrections stay within the publish panel.
  const canCorrect = can.publish(useMe().role);
  const [correcting, setCorrecting] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="notices-title">
      <h2 id="notices-title">{t("publish.notices")}</h2>
      {notices.length === 0 ? <p className="muted small">{t("publish.noNotices")}</p> : null}
      <ul className="notice-list">
        {notices.map((notice) => (
          <li key={notice.id} data-testid="notice-link">
            <a href={`/notices/${notice.id}`} target="_blank" rel="noreferrer">
              {t("publish.noticeLink", { lang: t(`lang.${notice.lang}`) })}
            </a>{" "}
            <span className="lang-tag">{notice.lang}</span>{" "}
            <span className="muted small">
              {notice.status} · {formatDateTime(notice.publishedAt)}
            </span>{" "}
            <ClaimHistoryLink claimId={claimId} testId="notice-history-link" />
            {canCorrect && notice.status === "published" ? (
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => setCorrecting(correcting === notice.id ? null : notice.id)}
              >
                {correcting === notice.id ? t("correct.cancel") : t("correct.open")}
              </button>
            ) : null}
            {correcting === notice.id ? <NoticeCorrectionForm noticeId={notice.id} /> : null}
          </li>
        ))}
      </ul>
      <p className="small feeds">
        {t("publish.feeds")}{" "}
        <a href="/feed.xml" target="_blank" rel="noreferrer">
          {t("publish.feedXml")}
        </a>{" "}
        ·{" "}
        <a href="/feed.json" target="_blank" rel="noreferrer">
          {t("publish.feedJson")}
        </a>
      </p>
    </section>
  );
}
