import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** The account's open sessions (other browsers and devices), each of which can be ended here. */
export function OwnSessionsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const end = useMutation(
    trpc.auth.endSession.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() }),
    }),
  );
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("account.sessionsTitle")}</h2>
      <ErrorBox error={sessions.error ?? end.error} />
      <table className="data-table">
        <caption className="visually-hidden">{t("account.sessionsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("account.sessionStarted")}</th>
            <th scope="col">{t("account.sessionLastSeen")}</th>
            <th scope="col">{t("account.sessionEnds")}</th>
            <th scope="col">{t("accounts.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {(sessions.data ?? []).map((session) => (
            <tr key={session.id} data-testid="own-session-row">
              <td>{formatDateTime(session.createdAt)}</td>
              <td>{formatDateTime(session.lastSeenAt)}</td>
              <td>{formatDateTime(session.expiresAt)}</td>
              <td>
                {session.current ? (
                  <span className="muted">{t("account.thisSession")}</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={end.isPending}
                    onClick={() => end.mutate({ sessionId: session.id })}
                  >
                    {t("account.endSession")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
