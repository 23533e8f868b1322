import type { TVerdictLabel } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { EMPTY_DRAFT } from "./verdict-label-fields.tsx";
import { VerdictLabelForm } from "./verdict-label-form.tsx";
import { VerdictLabelRow } from "./verdict-label-row.tsx";
import { useVerdictScale } from "./use-verdict-scale.ts";

const draftOf = (label: TVerdictLabel) => ({
  wording: label.wording,
  colour: label.colour,
  rating: label.rating,
  meaning: label.meaning,
});

/**
 * Admin: the team's verdict scale. Labels are worded in kk, ru and en, coloured, ordered, rated
 * for ClaimReview and given a built-in meaning; one in use is retired, not deleted. Published
 * notices keep the label as it was when they were published.
 */
export function VerdictScalePanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { labels, error } = useVerdictScale();
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verdictScale.list.queryKey() });
  const define = useMutation(
    trpc.verdictScale.define.mutationOptions({
      onSuccess: async () => {
        setFormKey((key) => key + 1);
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.verdictScale.update.mutationOptions({
      onSuccess: async () => {
        setEditing(null);
        await refresh();
      },
    }),
  );
  const onRow = { onSuccess: () => refresh() };
  const reorder = useMutation(trpc.verdictScale.reorder.mutationOptions(onRow));
  const retire = useMutation(trpc.verdictScale.retire.mutationOptions(onRow));
  const restore = useMutation(trpc.verdictScale.restore.mutationOptions(onRow));
  const remove = useMutation(trpc.verdictScale.delete.mutationOptions(onRow));
  const busy = reorder.isPending || retire.isPending || restore.isPending || remove.isPending;

  const move = (index: number, by: -1 | 1) => {
    const ids = labels.map((label) => label.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate({ labelIds: ids });
  };

  return (
    <div className="panel action-panel" data-testid="verdict-scale">
      <h2>{t("verdictScale.title")}</h2>
      <p className="muted small">{t("verdictScale.hint")}</p>
      <ErrorBox error={error ?? reorder.error ?? retire.error ?? restore.error ?? remove.error ?? null} />
      <ol className="verdict-scale-list">
        {labels.map((label, index) =>
          editing === label.id ? (
            <li key={label.id}>
              <VerdictLabelForm
                initial={draftOf(label)}
                name={t("verdictScale.editLabel", { label: label.wording.en })}
                errorId={`verdict-label-${label.id}-errors`}
                submitText={t("verdictScale.save")}
                pending={update.isPending}
                serverError={update.error}
                onSubmit={(draft) => update.mutate({ labelId: label.id, ...draft })}
                onCancel={() => setEditing(null)}
              />
              <ErrorBox error={update.error} />
            </li>
          ) : (
            <VerdictLabelRow
              key={label.id}
              label={label}
              busy={busy}
              first={index === 0}
              last={index === labels.length - 1}
              onMove={(by) => move(index, by)}
              onEdit={() => setEditing(label.id)}
              onRetire={() => retire.mutate({ labelId: label.id })}
              onRestore={() => restore.mutate({ labelId: label.id })}
              onDelete={() => remove.mutate({ labelId: label.id })}
            />
          ),
        )}
      </ol>
      <h3>{t("verdictScale.addTitle")}</h3>
      <VerdictLabelForm
        key={formKey}
        initial={EMPTY_DRAFT}
        name={t("verdictScale.addTitle")}
        errorId="verdict-label-new-errors"
        submitText={t("verdictScale.add")}
        pending={define.isPending}
        serverError={define.error}
        onSubmit={(draft) => define.mutate(draft)}
      />
      <ErrorBox error={define.error} />
    </div>
  );
}
