import { t } from "../i18n/t.ts";

interface TagFieldsProps {
  name: string;
  colour: string;
  invalid: boolean;
  errorId?: string;
  onName: (name: string) => void;
  onColour: (colour: string) => void;
}

/** A tag's name and colour, as both the add and the rename forms ask for them. */
export function TagFields({ name, colour, invalid, errorId, onName, onColour }: TagFieldsProps) {
  return (
    <>
      <label className="inline-field">
        {t("tags.name")}
        <input
          value={name}
          aria-invalid={invalid}
          aria-describedby={errorId}
          onChange={(event) => onName(event.target.value)}
        />
      </label>
      <label className="inline-field">
        {t("tags.colour")}
        <input type="color" value={colour} onChange={(event) => onColour(event.target.value)} />
      </label>
    </>
  );
}
