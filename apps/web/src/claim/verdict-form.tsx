import { ZSetVerdictInput, type TClaimDetail } from "@tekser/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { VerdictChecklist } from "../checklist/verdict-checklist.tsx";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { appErrorCode, appErrorDetails, errorMessage, fieldErrorsOf, wordedIssue } from "../lib/errors.ts";
import { formatDateTime, labelWording, t } from "../i18n/t.ts";
import { useMe } from "../auth/use-me.ts";
import { useTRPC } from "../trpc.ts";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";

interface EvidenceRow {
  key: number;
  url: string;
  note: string;
  /** Optional copy of the page's text: kept as the reviewer's own snapshot, never as the archive. */
  snapshot: string;
}

interface LocalErrors {
  verdict?: string[];
  rationale?: string[];
  evidence?: string[];
  rows: Record<number, string[]>;
  /** Required checklist items left unticked. */
  checklist?: string[];
}

let nextKey = 1;
const emptyRow = (): EvidenceRow => ({ key: nextKey++, url: "", note: "", snapshot: "" });

/** First-review verdict: verdict, rationale, evidence links → `review.setVerdict` at the revision we showed. */
export function VerdictForm({ claim, onReload }: { claim: TClaimDetail; onReload: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const [labelId, setLabelId] = useState("");
  const scale = useVerdictScale();
  const [rationale, setRationale] = useState("");
  const [rows, setRows] = useState<EvidenceRow[]>(() => [emptyRow()]);
  const [local, setLocal] = useState<LocalErrors>({ rows: {} });
  const checklist = useQuery(trpc.review.checklist.queryOptions());
  // The work panel's query (one request for both): a colleague's lock is said before anyone types.
  const me = useMe();
  const work = useQuery(trpc.workflow.state.queryOptions({ claimId: claim.id }));
  const heldByOther = work.data?.lock && work.data.lock.holder.id !== me.id ? work.data.lock : null;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());

  const submit = useMutation(
    trpc.review.setVerdict.mutationOptions({
      onSuccess: async () => {
        setLabelId("");
        setRationale("");
        setRows([emptyRow()]);
        setTicked(new Set());
        await invalidate();
      },
    }),
  );

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    // Blank rows are spare slots, not evidence; remember where the others sat for per-row errors.
    const filled = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.url.trim() || row.note.trim());
    const input = {
      claimId: claim.id,
      revision: claim.revision,
      // The label's meaning is the verdict's: resurfacing, metrics and filters read the meaning.
      verdict: scale.byId.get(labelId)?.meaning ?? "",
      ...(labelId ? { labelId } : {}),
      rationale,
      evidence: filled.map(({ row }) => ({
        url: row.url.trim(),
        note: row.note,
        ...(row.snapshot.trim() ? { snapshotText: row.snapshot } : {}),
      })),
      checklist: (checklist.data ?? []).filter((item) => ticked.has(item.id)).map((item) => item.id),
    };
    // The server refuses the same; checking here points at the items before a round trip.
    const unticked = (checklist.data ?? [])
      .filter((item) => item.required && !ticked.has(item.id))
      .map((item) => item.id);
    const parsed = ZSetVerdictInput.safeParse(input);
    if (!parsed.success || unticked.length > 0) {
      const errors: LocalErrors = { rows: {}, ...(unticked.length > 0 ? { checklist: unticked } : {}) };
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const [field, position] = issue.path;
        if (field === "verdict" || field === "labelId") errors.verdict = [t("verdict.needVerdict")];
        else if (field === "rationale")
          (errors.rationale ??= []).push(issue.code === "too_small" ? t("verdict.needRationale") : wordedIssue(issue));
        else if (field === "evidence" && typeof position === "number") {
          const index = filled[position]?.index ?? position;
          (errors.rows[index] ??= []).push(issue.path[2] === "url" ? t("verdict.badUrl") : wordedIssue(issue));
        } else if (field === "evidence")
          (errors.evidence ??= []).push(issue.code === "too_small" ? t("verdict.needEvidence") : wordedIssue(issue));
      }
      setLocal(errors);
      return;
    }
    setLocal({ rows: {} });
    submit.mutate(parsed.data);
  };

  const server = fieldErrorsOf(submit.error);
  const stale = appErrorCode(submit.error) === "STALE_WRITE";
  const serverChecklist = appErrorCode(submit.error) === "CHECKLIST_INCOMPLETE";
  const serverMissing = serverChecklist ? appErrorDetails(submit.error).missingIds : undefined;
  const missing = new Set(
    local.checklist ??
      (Array.isArray(serverMissing) ? serverMissing.filter((id): id is string => typeof id === "string") : []),
  );
  const checklistError = local.checklist
    ? t("checklist.needTicks")
    : serverChecklist
      ? errorMessage(submit.error)
      : undefined;
  const toggleTick = (itemId: string) =>
    setTicked((all) => {
      const next = new Set(all);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });
  const hasServerFieldErrors = Object.keys(server).length > 0;
  const setRow = (key: number, patch: Partial<EvidenceRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <form
      className="panel action-panel"
      data-testid="verdict-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="verdict-title"
    >
      <h2 id="verdict-title">{t("verdict.title")}</h2>
      {heldByOther ? (
        <p className="note" role="status" data-testid="verdict-locked">
          {t("verdict.lockedBy", { name: heldByOther.holder.displayName, time: formatDateTime(heldByOther.until) })}
        </p>
      ) : (
        <p className="muted small">{t("verdict.intro")}</p>
      )}
      <fieldset className="plain-fieldset" disabled={Boolean(heldByOther)}>
        <fieldset
          className="radio-group"
          aria-describedby={(local.verdict ?? server.verdict ?? server.labelId) ? "verdict-error" : undefined}
        >
          <legend>{t("verdict.choose")}</legend>
          {scale.labels
            .filter((label) => !label.retired)
            .map((label) => (
              <label
                key={label.id}
                className={`radio-card verdict-${label.meaning}`}
                style={{ borderLeftColor: label.colour }}
              >
                <input
                  type="radio"
                  name="verdict"
                  value={label.meaning}
                  checked={labelId === label.id}
                  onChange={() => setLabelId(label.id)}
                />
                {labelWording(label)}
              </label>
            ))}
          <FieldErrors id="verdict-error" messages={local.verdict ?? server.verdict ?? server.labelId} />
        </fieldset>

        <div className="field">
          <label htmlFor="verdict-rationale">{t("verdict.rationale")}</label>
          <textarea
            id="verdict-rationale"
            rows={5}
            value={rationale}
            aria-required="true"
            placeholder={t("verdict.rationaleHint")}
            aria-invalid={Boolean(local.rationale ?? server.rationale)}
            aria-describedby="verdict-rationale-error"
            onChange={(event) => setRationale(event.target.value)}
          />
          <FieldErrors id="verdict-rationale-error" messages={local.rationale ?? server.rationale} />
        </div>

        <fieldset className="evidence-rows">
          <legend>{t("verdict.evidence")}</legend>
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <div className="evidence-row" key={row.key}>
                <div className="field">
                  <label htmlFor={`evidence-url-${row.key}`}>{t("verdict.evidenceUrl", { n })}</label>
                  <input
                    id={`evidence-url-${row.key}`}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    value={row.url}
                    aria-invalid={Boolean(local.rows[index])}
                    onChange={(event) => setRow(row.key, { url: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`evidence-note-${row.key}`}>{t("verdict.evidenceNote", { n })}</label>
                  <input
                    id={`evidence-note-${row.key}`}
                    value={row.note}
                    onChange={(event) => setRow(row.key, { note: event.target.value })}
                  />
                </div>
                <details className="field evidence-archive">
                  <summary>{t("verdict.snapshotToggle", { n })}</summary>
                  <label htmlFor={`evidence-snapshot-${row.key}`}>{t("verdict.snapshotText", { n })}</label>
                  <textarea
                    id={`evidence-snapshot-${row.key}`}
                    rows={3}
                    placeholder={t("verdict.snapshotTextHint")}
                    value={row.snapshot}
                    onChange={(event) => setRow(row.key, { snapshot: event.target.value })}
                  />
                </details>
                {rows.length > 1 ? (
                  <button
                    type="button"
                    className="btn btn-ghost btn-icon"
                    aria-label={t("verdict.removeEvidence", { n })}
                    onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
                  >
                    ×
                  </button>
                ) : null}
                <FieldErrors id={`evidence-error-${row.key}`} messages={local.rows[index]} />
              </div>
            );
          })}
          <FieldErrors id="evidence-error" messages={local.evidence ?? server.evidence} />
          <button type="button" className="btn btn-small" onClick={() => setRows((all) => [...all, emptyRow()])}>
            {t("verdict.addEvidence")}
          </button>
        </fieldset>

        <VerdictChecklist
          items={checklist.data ?? []}
          ticked={ticked}
          onToggle={toggleTick}
          missing={missing}
          error={checklistError}
        />

        {submit.error && !hasServerFieldErrors && !serverChecklist ? (
          <ErrorBox error={submit.error}>
            {stale ? (
              <>
                {/* The reload keeps what was typed here. */}
                {errorMessage(submit.error)}{" "}
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    submit.reset();
                    onReload();
                  }}
                >
                  {t("claim.staleWrite")}
                </button>
              </>
            ) : undefined}
          </ErrorBox>
        ) : null}
        {submit.error && hasServerFieldErrors && server.claimId ? <ErrorBox error={submit.error} /> : null}

        <button type="submit" className="btn btn-primary" disabled={submit.isPending}>
          {submit.isPending ? t("verdict.submitting") : t("verdict.submit")}
        </button>
      </fieldset>
    </form>
  );
}
