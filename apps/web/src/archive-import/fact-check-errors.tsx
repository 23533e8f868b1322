import type { TFactCheckError } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

/** Each record that cannot be imported, where it is in its file and why, in the reader's language. */
export function FactCheckErrors({ errors }: { errors: readonly TFactCheckError[] }) {
  if (errors.length === 0) return null;
  return (
    <>
      <h3>{t("archiveImport.errors")}</h3>
      <ul className="errors-list" data-testid="archive-errors">
        {errors.map((error, index) => (
          <li key={`${error.location}-${index}`} className="small" data-testid="archive-error">
            <span className="mono">
              {error.input} ({error.location})
            </span>
            : {t(`archiveImport.error.${error.code}`, { value: error.value ?? "" })}
          </li>
        ))}
      </ul>
    </>
  );
}
