import type { TBulkAction, TCloseReason } from "@tekser/contracts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useMe } from "../auth/use-me.ts";
import { useInvalidateClaims } from "../claim/use-invalidate-claims.ts";
import { PriorityOptions, CloseReasonOptions } from "../lib/workflow-options.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { can } from "../auth/roles.ts";
import { BulkTagSelect } from "../tags/bulk-tag-select.tsx";

/** Actions on the selected rows; the server applies each batch all-or-nothing and audits every claim. */
export function BulkBar({ claimIds, onDone }: { claimIds: string[]; onDone: () => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateClaims();
  const [closeReason, setCloseReason] = useState<TCloseReason | "">("");
  const [note, setNote] = useState("");
  const bulk = useMutation(
    trpc.workflow.bulk.mutationOptions({
      onSuccess: async () => {
        setCloseReason("");
        setNote("");
        onDone();
        await invalidate();
      },
    }),
  );
  const run = (action: TBulkAction) => bulk.mutate({ claimIds, action });
  if (claimIds.length === 0) return null;

  return (
    <div
      className="bulk-bar"
      role="toolbar"
      aria-label={t("queue.selected", { count: claimIds.length })}
      data-testid="bulk-bar"
    >
      <strong>{t("queue.selected", { count: claimIds.length })}</strong>
      <button
        type="button"
        className="btn btn-small"
        disabled={bulk.isPending}
        onClick={() => run({ type: "assign", assigneeId: me.id })}
      >
        {t("queue.bulkAssignMe")}
      </button>
      <button
        type="button"
        className="btn btn-small btn-ghost"
        disabled={bulk.isPending}
        onClick={() => run({ type: "assign", assigneeId: null })}
      >
        {t("queue.bulkUnassign")}
      </button>
      <label className="inline-field">
        {t("queue.bulkPriority")}
        <select
          value=""
          disabled={bulk.isPending}
          onChange={(event) => event.target.value && run({ type: "priority", priority: Number(event.target.value) })}
        >
          <option value="">—</option>
          <PriorityOptions />
        </select>
      </label>
      {can.tag(me.role) ? (
        <>
          <BulkTagSelect
            label={t("tags.bulkTag")}
            disabled={bulk.isPending}
            onPick={(tagId) => run({ type: "tag", tagId })}
          />
          <BulkTagSelect
            label={t("tags.bulkUntag")}
            disabled={bulk.isPending}
            onPick={(tagId) => run({ type: "untag", tagId })}
          />
        </>
      ) : null}
      <label className="inline-field">
        {t("queue.bulkClose")}
        <select value={closeReason} onChange={(event) => setCloseReason(event.target.value as TCloseReason | "")}>
          <option value="">—</option>
          <CloseReasonOptions />
        </select>
      </label>
      {closeReason ? (
        <>
          <input
            aria-label={t("queue.bulkNote")}
            placeholder={t("queue.bulkNote")}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={bulk.isPending}
            onClick={() => run({ type: "close", reason: closeReason, note })}
          >
            {t("queue.bulkApply")}
          </button>
        </>
      ) : null}
      <ErrorBox error={bulk.error} />
    </div>
  );
}
