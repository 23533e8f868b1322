import type { TVerdictLabel } from "@tekser/contracts";
import { t, verdictLabel } from "../i18n/t.ts";
import { VerdictLabelChip } from "./verdict-label-chip.tsx";

interface Props {
  label: TVerdictLabel;
  busy: boolean;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onRetire: () => void;
  onRestore: () => void;
  onDelete: () => void;
}

/** One label of the scale as the admin sees it: its wording in all three languages and what it publishes. */
export function VerdictLabelRow({ label, busy, first, last, onMove, onEdit, onRetire, onRestore, onDelete }: Props) {
  const name = label.wording.en;
  return (
    <li data-testid="verdict-label" data-retired={label.retired}>
      <VerdictLabelChip label={label} />
      <span className="small">
        {label.wording.kk} · {label.wording.ru} · {label.wording.en}
      </span>
      <span className="muted small">
        {t("verdictScale.summary", { rating: label.rating, meaning: verdictLabel(label.meaning) })}
        {label.retired ? ` · ${t("verdictScale.retired")}` : ""}
      </span>
      <button
        type="button"
        className="btn btn-small btn-ghost"
        disabled={busy || first}
        aria-label={t("verdictScale.moveUp", { label: name })}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-small btn-ghost"
        disabled={busy || last}
        aria-label={t("verdictScale.moveDown", { label: name })}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn btn-small btn-ghost"
        aria-label={t("verdictScale.edit", { label: name })}
        onClick={onEdit}
      >
        {t("verdictScale.editShort")}
      </button>
      {label.retired ? (
        <button
          type="button"
          className="btn btn-small btn-ghost"
          disabled={busy}
          aria-label={t("verdictScale.restore", { label: name })}
          onClick={onRestore}
        >
          {t("verdictScale.restoreShort")}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn-small btn-ghost"
          disabled={busy}
          aria-label={t("verdictScale.retire", { label: name })}
          onClick={onRetire}
        >
          {t("verdictScale.retireShort")}
        </button>
      )}
      <button
        type="button"
        className="btn btn-small btn-ghost"
        disabled={busy}
        aria-label={t("verdictScale.delete", { label: name })}
        onClick={() => window.confirm(t("verdictScale.deleteConfirm", { label: name })) && onDelete()}
      >
        ×
      </button>
    </li>
  );
}
