import type { TRole } from "@tekser/contracts";
import { Link } from "wouter";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";

export function Loading() {
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}

export function NotFound() {
  return (
    <section className="page">
      <h1>{t("app.notFound")}</h1>
      <p>{t("app.notFoundBody")}</p>
      <Link to="/">{t("app.backToQueue")}</Link>
    </section>
  );
}

export function Forbidden({ role }: { role: TRole }) {
  return (
    <section className="page">
      <h1>{t("app.forbidden")}</h1>
      <p>{t("app.forbiddenBody", { role: t(`role.${role}`) })}</p>
      <Link to="/">{t("app.backToQueue")}</Link>
    </section>
  );
}

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <section className="page">
      <h1>{t("app.error")}</h1>
      <ErrorBox error={error} />
      <button type="button" className="btn" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </section>
  );
}
