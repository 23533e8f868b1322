import { t } from "../i18n/t.ts";

interface Props<Option extends string | number> {
  id: string;
  label: string;
  /** The filter's values (the URL may carry several): this control shows the first and sets one or none. */
  value: readonly (string | number)[];
  options: readonly Option[];
  optionLabel: (option: Option) => string;
  onChange: (value: Option[]) => void;
}

/** A multi-value queue filter offered as one choice: "any" (no value) or exactly one value. */
export function SingleChoiceFilter<Option extends string | number>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: Props<Option>) {
  // A <select> speaks strings; map the chosen string back to the option it came from.
  const choose = (chosen: string) => {
    const option = options.find((candidate) => String(candidate) === chosen);
    onChange(option === undefined ? [] : [option]);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value[0] ?? ""} onChange={(event) => choose(event.target.value)}>
        <option value="">{t("queue.any")}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
