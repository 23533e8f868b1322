import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/**
 * Admin: the Telegram bot's token (write-only: the server never sends it back), the Bot API
 * address, and whether updates come by long polling or to the webhook.
 */
export function TiplineSettingsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.tipline.status.queryOptions());
  const [token, setToken] = useState("");
  const [apiBaseUrl, setApiBaseUrl] = useState<string | null>(null);
  const update = useMutation(
    trpc.tipline.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.tipline.status.queryKey(), saved);
        setToken("");
        setApiBaseUrl(null);
      },
    }),
  );
  if (!status.data) return <ErrorBox error={status.error} />;
  const address = apiBaseUrl ?? status.data.apiBaseUrl;

  return (
    <div className="panel action-panel" data-testid="tipline-settings">
      <h2>{t("tipline.title")}</h2>
      <p data-testid="tipline-status">{status.data.botTokenSet ? t("tipline.tokenSet") : t("tipline.tokenUnset")}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ apiBaseUrl: address, ...(token.trim() ? { botToken: token.trim() } : {}) });
        }}
      >
        <label className="inline-field">
          {t("tipline.token")}
          <input type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} />
        </label>
        <label className="inline-field">
          {t("tipline.apiBaseUrl")}
          <input type="url" value={address} onChange={(event) => setApiBaseUrl(event.target.value)} />
        </label>
        <button type="submit" className="btn btn-small" disabled={update.isPending}>
          {t("tipline.save")}
        </button>
        {status.data.botTokenSet ? (
          <button
            type="button"
            className="btn btn-small"
            disabled={update.isPending}
            onClick={() => update.mutate({ botToken: null })}
          >
            {t("tipline.removeToken")}
          </button>
        ) : null}
      </form>
      <p className="muted small">{t("tipline.tokenHint")}</p>
      {status.data.botTokenSet ? (
        <label className="inline-field">
          {t("tipline.delivery")}
          <select
            data-testid="tipline-delivery"
            value={status.data.delivery}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ delivery: event.target.value === "webhook" ? "webhook" : "polling" })}
          >
            <option value="polling">{t("tipline.delivery.polling")}</option>
            <option value="webhook">{t("tipline.delivery.webhook")}</option>
          </select>
        </label>
      ) : null}
      {status.data.botTokenSet ? <p className="muted small">{t("tipline.deliveryHint")}</p> : null}
      <ErrorBox error={update.error} />
    </div>
  );
}
