import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { TiplineSettingsPanel } from "./tipline-settings-panel.tsx";
import { ReviewChecklistPanel } from "../checklist/review-checklist-panel.tsx";
import { TeamTagsPanel } from "../tags/team-tags-panel.tsx";
import { VerdictScalePanel } from "../verdict-scale/verdict-scale-panel.tsx";
import { MailSettingsPanel } from "./mail-settings-panel.tsx";

/** Admin: the team's review rules (who may give the second review, how long locks last). */
export function TeamSettingsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.workflow.settings.queryOptions());
  const [lockMinutes, setLockMinutes] = useState<number | null>(null);
  const update = useMutation(
    trpc.workflow.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.workflow.settings.queryKey(), saved);
        setLockMinutes(null);
      },
    }),
  );
  if (!settings.data) return settings.error ? <ErrorBox error={settings.error} /> : <Loading />;
  const minutes = lockMinutes ?? settings.data.lockMinutes;

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("settings.title")}</h1>
      </header>
      <div className="panel action-panel" data-testid="team-settings">
        <label className="chip">
          <input
            type="checkbox"
            checked={settings.data.reviewersMayApprove}
            onChange={(event) => update.mutate({ reviewersMayApprove: event.target.checked })}
          />
          {t("settings.reviewersMayApprove")}
        </label>
        <p className="muted small">{t("settings.reviewersMayApproveHint")}</p>
        <label className="chip">
          <input
            type="checkbox"
            checked={settings.data.requireTotpForAdminsAndEditors}
            onChange={(event) => update.mutate({ requireTotpForAdminsAndEditors: event.target.checked })}
          />
          {t("settings.requireTotp")}
        </label>
        <p className="muted small">{t("settings.requireTotpHint")}</p>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ lockMinutes: minutes });
          }}
        >
          <label className="inline-field">
            {t("settings.lockMinutes")}
            <input
              type="number"
              min={1}
              max={1440}
              value={minutes}
              onChange={(event) => setLockMinutes(Number(event.target.value))}
            />
          </label>
          <button type="submit" className="btn btn-small" disabled={update.isPending}>
            {t("settings.save")}
          </button>
        </form>
        <ErrorBox error={update.error} />
      </div>
      <VerdictScalePanel />
      <TeamTagsPanel />
      <ReviewChecklistPanel />
      <TiplineSettingsPanel />
      <MailSettingsPanel />
    </section>
  );
}
