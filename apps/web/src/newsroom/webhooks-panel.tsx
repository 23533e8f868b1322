import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Editors register a newsroom's receiver URL (the signing secret is shown once) and turn webhooks off. */
export function WebhooksPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.newsroom.listTokens.queryOptions({ perPage: 200, filters: { status: "active" } }));
  const webhooks = useQuery(trpc.newsroom.listWebhooks.queryOptions({}));
  const [tokenId, setTokenId] = useState("");
  const [url, setUrl] = useState("");
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.newsroom.pathKey() });
  const register = useMutation(trpc.newsroom.registerWebhook.mutationOptions({ onSuccess: invalidate }));
  const deactivate = useMutation(trpc.newsroom.deactivateWebhook.mutationOptions({ onSuccess: invalidate }));
  const chosen = tokenId || tokens.data?.rows[0]?.id || "";
  return (
    <section className="panel" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t("webhook.title")}</h2>
      <ul className="webhook-list">
        {(webhooks.data ?? []).map((webhook) => (
          <li key={webhook.id} data-testid="webhook-row">
            <strong>{webhook.newsroom}</strong> <code>{webhook.url}</code>{" "}
            <span className="muted small">{formatDateTime(webhook.createdAt)}</span>{" "}
            {webhook.active ? (
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => deactivate.mutate({ webhookId: webhook.id })}
              >
                {t("webhook.deactivate")}
              </button>
            ) : (
              <span className="muted">{t("webhook.inactive")}</span>
            )}
          </li>
        ))}
      </ul>
      {webhooks.data?.length === 0 ? <p className="muted small">{t("webhook.none")}</p> : null}
      <form
        data-testid="webhook-form"
        onSubmit={(event) => {
          event.preventDefault();
          register.mutate({ tokenId: chosen, url });
        }}
      >
        <div className="field">
          <label htmlFor="webhook-token">{t("webhook.token")}</label>
          <select id="webhook-token" value={chosen} onChange={(event) => setTokenId(event.target.value)}>
            {(tokens.data?.rows ?? []).map((token) => (
              <option key={token.id} value={token.id}>
                {token.newsroom}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="webhook-url">{t("webhook.url")}</label>
          <input id="webhook-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
        </div>
        <ErrorBox error={register.error ?? deactivate.error} />
        <button type="submit" className="btn btn-primary" disabled={register.isPending || !chosen}>
          {t("webhook.register")}
        </button>
        {register.data ? (
          <p className="note" role="status">
            {t("webhook.secretOnce")} <code data-testid="webhook-secret">{register.data.secret}</code>
          </p>
        ) : null}
      </form>
    </section>
  );
}
