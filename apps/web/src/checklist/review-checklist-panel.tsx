import type { TChecklistItem } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

interface Row {
  key: string;
  id?: string;
  text: string;
  required: boolean;
}

let nextKey = 1;
const rowOf = (item: TChecklistItem): Row => ({ key: item.id, id: item.id, text: item.text, required: item.required });

/**
 * Admin: the review checklist, in order. Saving replaces it; verdicts already written keep the
 * ticks and texts they were submitted with.
 */
export function ReviewChecklistPanel() {
  const trpc = useTRPC();
  const checklist = useQuery(trpc.review.checklist.queryOptions());
  if (!checklist.data) return <ErrorBox error={checklist.error} />;
  return <ChecklistEditor saved={checklist.data} />;
}

function ChecklistEditor({ saved }: { saved: TChecklistItem[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => saved.map(rowOf));
  const save = useMutation(
    trpc.review.saveChecklist.mutationOptions({
      onSuccess: (items) => {
        // New items come back with their ids: the next save must name them to keep them.
        setRows(items.map(rowOf));
        queryClient.setQueryData(trpc.review.checklist.queryKey(), items);
      },
    }),
  );
  const patch = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const move = (index: number, by: number) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  return (
    <form
      className="panel action-panel"
      data-testid="review-checklist"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const items = rows
          .filter((row) => row.text.trim())
          .map(({ id, text, required }) => ({ ...(id ? { id } : {}), text, required }));
        save.mutate({ items });
      }}
    >
      <h2>{t("checklist.title")}</h2>
      <p className="muted small">{t("checklist.hint")}</p>
      <ol className="checklist-admin">
        {rows.map((row, index) => (
          <li key={row.key} className="inline-form">
            <input
              aria-label={t("checklist.itemText", { n: index + 1 })}
              value={row.text}
              maxLength={300}
              onChange={(event) => patch(row.key, { text: event.target.value })}
            />
            <label className="chip">
              <input
                type="checkbox"
                checked={row.required}
                onChange={(event) => patch(row.key, { required: event.target.checked })}
              />
              {t("checklist.required")}
            </label>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={t("checklist.up", { n: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={t("checklist.down", { n: index + 1 })}
              disabled={index === rows.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={t("checklist.remove", { n: index + 1 })}
              onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setRows((all) => [...all, { key: `new-${nextKey++}`, text: "", required: true }])}
        >
          {t("checklist.add")}
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={save.isPending}>
          {t("checklist.save")}
        </button>
        {save.isSuccess ? (
          <span className="muted small" role="status">
            {t("checklist.saved")}
          </span>
        ) : null}
      </div>
      <ErrorBox error={save.error} />
    </form>
  );
}
