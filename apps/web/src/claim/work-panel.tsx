import { CLOSE_REASONS, nextClaimStatus, type TCloseReason, type TWorkState } from "@tekser/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { PriorityOptions, CloseReasonOptions } from "../lib/workflow-options.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/** Renew one's own lock well before the team's shortest sensible timeout runs out. */
const HEARTBEAT_MS = 4 * 60_000;

/** Who works on the claim: assignee, the soft lock, priority, closing and reopening. */
export function WorkPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const state = useQuery(trpc.workflow.state.queryOptions({ claimId }));
  if (!state.data) return <ErrorBox error={state.error} />;
  return <WorkControls state={state.data} canWork={can.work(me.role)} meId={me.id} />;
}

function WorkControls({ state, canWork, meId }: { state: TWorkState; canWork: boolean; meId: string }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const options = { onSuccess: () => invalidate() };
  const assignToMe = useMutation(trpc.workflow.assignToMe.mutationOptions(options));
  const unassign = useMutation(trpc.workflow.unassign.mutationOptions(options));
  const lock = useMutation(trpc.workflow.lock.mutationOptions(options));
  const unlock = useMutation(trpc.workflow.unlock.mutationOptions(options));
  const priority = useMutation(trpc.workflow.setPriority.mutationOptions(options));
  const assign = useMutation(trpc.workflow.assign.mutationOptions(options));
  const people = useQuery({ ...trpc.comment.people.queryOptions(), enabled: canWork });
  const all = [assignToMe, unassign, assign, lock, unlock, priority];
  const error = all.find((mutation) => mutation.error)?.error;
  const claimId = state.claimId;
  const lockedByOther = state.lock && state.lock.holder.id !== meId;
  // Still being worked on: what the transition table lets a worker close.
  const open = nextClaimStatus(state.status, "close") !== null;
  const holdingLock = state.lock?.holder.id === meId;
  const renew = lock.mutate;
  // While this page holds the lock, keep it alive so colleagues keep seeing the claim as taken.
  useEffect(() => {
    if (!holdingLock) return;
    const timer = setInterval(() => renew({ claimId }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [holdingLock, claimId, renew]);

  return (
    <section className="panel action-panel" data-testid="work-panel" aria-labelledby="work-title">
      <h2 id="work-title">{t("work.title")}</h2>
      <p className="small" data-testid="work-assignee">
        {t("work.assignee")}: <strong>{state.assignee?.displayName ?? t("work.unassigned")}</strong>
      </p>
      <p className={lockedByOther ? "note" : "muted small"} data-testid="work-lock">
        {state.lock
          ? t(lockedByOther ? "work.lockedBy" : "work.lockedByMe", {
              name: state.lock.holder.displayName,
              time: formatDateTime(state.lock.until),
            })
          : t("work.free")}
      </p>
      {state.closeReason ? (
        <p className="note">{t("work.closedAs", { reason: closeReasonLabel(state.closeReason) })}</p>
      ) : null}
      {canWork ? (
        <>
          <div className="button-row">
            {state.assignee?.id !== meId ? (
              <button type="button" className="btn btn-small" onClick={() => assignToMe.mutate({ claimId })}>
                {t("work.assignToMe")}
              </button>
            ) : null}
            {state.assignee ? (
              <button type="button" className="btn btn-small btn-ghost" onClick={() => unassign.mutate({ claimId })}>
                {t("work.unassign")}
              </button>
            ) : null}
            {open && !state.lock ? (
              <button type="button" className="btn btn-small" onClick={() => lock.mutate({ claimId })}>
                {t("work.startWork")}
              </button>
            ) : null}
            {open && lockedByOther ? (
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => lock.mutate({ claimId, takeOver: true })}
              >
                {t("work.takeOver")}
              </button>
            ) : null}
            {state.lock && !lockedByOther ? (
              <button type="button" className="btn btn-small btn-ghost" onClick={() => unlock.mutate({ claimId })}>
                {t("work.release")}
              </button>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="work-assign-to">{t("work.assignTo")}</label>
            <select
              id="work-assign-to"
              value={state.assignee?.id ?? ""}
              onChange={(event) => assign.mutate({ claimId, assigneeId: event.target.value || null })}
            >
              <option value="">{t("work.unassigned")}</option>
              {people.data?.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName} (@{person.username})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="work-priority">{t("work.priority")}</label>
            <select
              id="work-priority"
              value={state.priority}
              onChange={(event) => priority.mutate({ claimId, priority: Number(event.target.value) })}
            >
              <PriorityOptions />
            </select>
          </div>
          <ErrorBox error={error} />
          {open ? (
            <CloseForm state={state} />
          ) : nextClaimStatus(state.status, "reopen") ? (
            <ReopenForm state={state} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function closeReasonLabel(stored: string): string {
  const reason = stored.split(":")[0] as TCloseReason;
  return CLOSE_REASONS.includes(reason) ? t(`close.${reason}`) : stored;
}

function CloseForm({ state }: { state: TWorkState }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const [reason, setReason] = useState<TCloseReason>("not_a_claim");
  const [note, setNote] = useState("");
  const close = useMutation(trpc.workflow.close.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <details className="sub-form">
      <summary>{t("work.close")}</summary>
      <div className="field">
        <label htmlFor="close-reason">{t("work.closeReason")}</label>
        <select id="close-reason" value={reason} onChange={(event) => setReason(event.target.value as TCloseReason)}>
          <CloseReasonOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="close-note">{t("work.closeNote")}</label>
        <input
          id="close-note"
          value={note}
          placeholder={t("work.closeNoteHint")}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <ErrorBox error={close.error} />
      <button
        type="button"
        className="btn btn-small btn-danger"
        disabled={close.isPending}
        onClick={() => close.mutate({ claimId: state.claimId, revision: state.revision, reason, note })}
      >
        {t("work.close")}
      </button>
    </details>
  );
}

function ReopenForm({ state }: { state: TWorkState }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const [reason, setReason] = useState("");
  const reopen = useMutation(trpc.workflow.reopen.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <details className="sub-form">
      <summary>{t("work.reopen")}</summary>
      <div className="field">
        <label htmlFor="reopen-reason">{t("work.reopenReason")}</label>
        <input id="reopen-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <ErrorBox error={reopen.error} />
      <button
        type="button"
        className="btn btn-small"
        disabled={reopen.isPending}
        onClick={() => reopen.mutate({ claimId: state.claimId, revision: state.revision, reason })}
      >
        {t("work.reopen")}
      </button>
    </details>
  );
}
