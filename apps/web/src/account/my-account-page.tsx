import { ChangePasswordForm } from "../auth/change-password-page.tsx";
import { t } from "../i18n/t.ts";
import { NotificationPreferencesPanel } from "./notification-preferences-panel.tsx";
import { OwnSessionsPanel } from "./own-sessions-panel.tsx";
import { TotpPanel } from "./totp-panel.tsx";

/** Every user: their own password, their open sessions and how notifications reach them (the language is chosen in the header, saved on the account). */
export function MyAccountPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("account.title")}</h1>
      </header>
      <ChangePasswordForm
        className="panel action-panel"
        title={t("account.passwordTitle")}
        intro={t("account.passwordIntro")}
        Heading="h2"
      />
      <TotpPanel />
      <OwnSessionsPanel />
      <NotificationPreferencesPanel />
    </section>
  );
}
