import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/**
 * Linking the user's Telegram chat: a one-time code to send to the desk's bot (the bot is the
 * tipline's; only the desk knows its name, so the code is shown rather than a t.me link).
 */
export function TelegramLink({ linked, available }: { linked: boolean; available: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.notification.settings.queryFilter());
  const code = useMutation(trpc.notification.telegramLinkCode.mutationOptions());
  const unlink = useMutation(trpc.notification.unlinkTelegram.mutationOptions({ onSuccess: refresh }));
  if (!available) return <p className="muted small">{t("notifications.telegramUnavailable")}</p>;

  return (
    <div className="field" data-testid="telegram-link">
      <p className="small">{linked ? t("notifications.telegramLinked") : t("notifications.telegramNotLinked")}</p>
      {code.data ? (
        <p className="small" role="status">
          {t("notifications.telegramSendCode", { until: formatDateTime(code.data.expiresAt) })}{" "}
          <code data-testid="telegram-code">/start {code.data.code}</code>
        </p>
      ) : null}
      <button type="button" className="btn btn-small" disabled={code.isPending} onClick={() => code.mutate()}>
        {t(linked ? "notifications.telegramRelink" : "notifications.telegramLink")}
      </button>
      {linked ? (
        <button
          type="button"
          className="btn btn-ghost btn-small"
          disabled={unlink.isPending}
          onClick={() => unlink.mutate()}
        >
          {t("notifications.telegramUnlink")}
        </button>
      ) : null}
      <ErrorBox error={code.error ?? unlink.error} />
    </div>
  );
}
