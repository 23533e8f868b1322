import { UI_LOCALES, VERDICTS, type TUiLocale, type TVerdict } from "@tekser/contracts";
import { t, verdictLabel } from "../i18n/t.ts";

/** What the add and edit forms ask for a label of the scale. */
export interface VerdictLabelDraft {
  wording: Record<TUiLocale, string>;
  colour: string;
  rating: number;
  meaning: TVerdict;
}

export const EMPTY_DRAFT: VerdictLabelDraft = {
  wording: { kk: "", ru: "", en: "" },
  colour: "#5b6b7f",
  rating: 3,
  meaning: "unverifiable",
};

interface Props {
  draft: VerdictLabelDraft;
  /** Which fields (by their first path segment: "wording", "rating"…) the last check refused. */
  invalid: Record<string, boolean>;
  onChange: (draft: VerdictLabelDraft) => void;
}

/** A label's wording in kk, ru and en, its colour, its ClaimReview rating and its built-in meaning. */
export function VerdictLabelFields({ draft, invalid, onChange }: Props) {
  const set = (patch: Partial<VerdictLabelDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      {UI_LOCALES.map((locale) => (
        <label key={locale} className="inline-field">
          {t(`verdictScale.wording.${locale}`)}
          <input
            value={draft.wording[locale]}
            aria-invalid={Boolean(invalid.wording)}
            onChange={(event) => set({ wording: { ...draft.wording, [locale]: event.target.value } })}
          />
        </label>
      ))}
      <label className="inline-field">
        {t("verdictScale.colour")}
        <input type="color" value={draft.colour} onChange={(event) => set({ colour: event.target.value })} />
      </label>
      <label className="inline-field">
        {t("verdictScale.rating")}
        <select value={draft.rating} onChange={(event) => set({ rating: Number(event.target.value) })}>
          {[1, 2, 3, 4, 5].map((rating) => (
            <option key={rating} value={rating}>
              {t(`verdictScale.ratingValue.${rating as 1 | 2 | 3 | 4 | 5}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        {t("verdictScale.meaning")}
        <select value={draft.meaning} onChange={(event) => set({ meaning: event.target.value as TVerdict })}>
          {VERDICTS.map((meaning) => (
            <option key={meaning} value={meaning}>
              {verdictLabel(meaning)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
