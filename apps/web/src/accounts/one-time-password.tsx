import { t } from "../i18n/t.ts";

/** A generated password, shown this once: Tekser keeps only its hash. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <p className="note" role="status">
      {t("accounts.oneTimeFor", { username })} <code data-testid="one-time-password">{password}</code>{" "}
      {t("accounts.oneTimeOnce")}
    </p>
  );
}
