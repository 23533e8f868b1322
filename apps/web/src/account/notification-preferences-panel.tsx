import { NOTIFICATION_KINDS, type TNotificationKind, type TNotificationSettings } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { EmailVerificationState } from "./email-verification-state.tsx";
import { TelegramLink } from "./telegram-link-panel.tsx";

type Channel = "emailKinds" | "telegramKinds";

function toggled(kinds: readonly TNotificationKind[], kind: TNotificationKind, on: boolean): TNotificationKind[] {
  return on ? [...new Set([...kinds, kind])] : kinds.filter((chosen) => chosen !== kind);
}

/** Every user: which notifications also reach them by e-mail or Telegram (the bell always has them all). */
export function NotificationPreferencesPanel() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.notification.settings.queryOptions());
  if (!settings.data) return <ErrorBox error={settings.error} />;
  return <PreferencesForm saved={settings.data} />;
}

function PreferencesForm({ saved }: { saved: TNotificationSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    email: saved.email,
    emailKinds: saved.emailKinds,
    telegramKinds: saved.telegramKinds,
  });
  const [done, setDone] = useState(false);
  const update = useMutation(
    trpc.notification.updatePreferences.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(trpc.notification.settings.queryKey(), next);
        setDone(true);
      },
    }),
  );
  const fieldErrors = fieldErrorsOf(update.error);
  const choose = (channel: Channel, kind: TNotificationKind, on: boolean) => {
    setDone(false);
    setDraft((current) => ({ ...current, [channel]: toggled(current[channel], kind, on) }));
  };

  return (
    <form
      className="panel action-panel"
      data-testid="notification-preferences"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(draft);
      }}
    >
      <h2>{t("notifications.prefsTitle")}</h2>
      <p className="muted small">{t("notifications.prefsIntro")}</p>
      {saved.emailAvailable ? null : <p className="muted small">{t("notifications.emailUnavailable")}</p>}
      <div className="field">
        <label htmlFor="notification-email">{t("notifications.email")}</label>
        <input
          id="notification-email"
          type="email"
          autoComplete="email"
          value={draft.email}
          aria-describedby="notification-email-error"
          onChange={(event) => setDraft({ ...draft, email: event.target.value })}
        />
        <FieldErrors id="notification-email-error" messages={fieldErrors.email} />
        {draft.email === saved.email ? <EmailVerificationState saved={saved} /> : null}
      </div>
      <TelegramLink linked={saved.telegramLinked} available={saved.telegramAvailable} />
      <table className="prefs-table">
        <thead>
          <tr>
            <th scope="col">{t("notifications.kindColumn")}</th>
            <th scope="col">{t("notifications.byEmail")}</th>
            <th scope="col">{t("notifications.byTelegram")}</th>
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`notifications.kind.${kind}`)}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t(`notifications.kind.${kind}`)}: ${t("notifications.byEmail")}`}
                  checked={draft.emailKinds.includes(kind)}
                  onChange={(event) => choose("emailKinds", kind, event.target.checked)}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t(`notifications.kind.${kind}`)}: ${t("notifications.byTelegram")}`}
                  checked={draft.telegramKinds.includes(kind)}
                  onChange={(event) => choose("telegramKinds", kind, event.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={Object.keys(fieldErrors).length > 0 ? undefined : update.error} />
      <button type="submit" className="btn btn-small" disabled={update.isPending}>
        {t("notifications.save")}
      </button>
      {done ? (
        <span className="muted small" role="status">
          {" "}
          {t("notifications.saved")}
        </span>
      ) : null}
    </form>
  );
}
