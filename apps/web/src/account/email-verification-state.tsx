import type { TNotificationSettings } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Whether the saved address may receive mail, and a way to ask for a new link while it may not. */
export function EmailVerificationState({ saved }: { saved: TNotificationSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(
    trpc.notification.sendEmailVerification.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.notification.settings.queryKey() }),
    }),
  );
  if (!saved.email) return null;
  if (saved.emailVerified) {
    return (
      <p className="muted small" data-testid="email-verification" data-verified="true">
        {t("notifications.emailVerified")}
      </p>
    );
  }
  return (
    <div data-testid="email-verification" data-verified="false">
      <p className="muted small">{t("notifications.emailUnverified")}</p>
      {saved.verificationSentAt ? (
        <p className="muted small">
          {t("notifications.verificationSent", { when: formatDateTime(saved.verificationSentAt) })}
        </p>
      ) : null}
      <ErrorBox error={send.error} />
      {saved.emailAvailable ? (
        <button type="button" className="btn btn-small" disabled={send.isPending} onClick={() => send.mutate()}>
          {t("notifications.sendVerification")}
        </button>
      ) : null}
      {send.isSuccess ? (
        <span className="muted small" role="status">
          {" "}
          {t("notifications.verificationResent")}
        </span>
      ) : null}
    </div>
  );
}
