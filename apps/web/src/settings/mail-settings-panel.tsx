import type { TMailStatus } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Admin: the SMTP server notification e-mail goes through; the password is write-only. */
export function MailSettingsPanel() {
  const trpc = useTRPC();
  const status = useQuery(trpc.notification.mailStatus.queryOptions());
  if (!status.data) return <ErrorBox error={status.error} />;
  return <MailSettingsForm saved={status.data} />;
}

function MailSettingsForm({ saved }: { saved: TMailStatus }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    host: saved.host ?? "",
    port: String(saved.port),
    secure: saved.secure,
    username: saved.username ?? "",
    fromAddress: saved.fromAddress ?? "",
  });
  const [password, setPassword] = useState("");
  const update = useMutation(
    trpc.notification.updateMailSettings.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(trpc.notification.mailStatus.queryKey(), next);
        setPassword("");
      },
    }),
  );
  const text = (field: "host" | "port" | "username" | "fromAddress", label: string, type = "text") => (
    <label className="inline-field">
      {label}
      <input
        type={type}
        value={draft[field]}
        onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
      />
    </label>
  );

  return (
    <div className="panel action-panel" data-testid="mail-settings">
      <h2>{t("mail.title")}</h2>
      <p data-testid="mail-status">{saved.host ? t("mail.on", { host: saved.host }) : t("mail.off")}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ ...draft, port: Number(draft.port), ...(password ? { password } : {}) });
        }}
      >
        {text("host", t("mail.host"))}
        {text("port", t("mail.port"), "number")}
        {text("username", t("mail.username"))}
        <label className="inline-field">
          {saved.passwordSet ? t("mail.passwordSet") : t("mail.password")}
          <input
            type="password"
            autoComplete="off"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {text("fromAddress", t("mail.fromAddress"), "email")}
        <label className="inline-field">
          <input
            type="checkbox"
            checked={draft.secure}
            onChange={(event) => setDraft({ ...draft, secure: event.target.checked })}
          />
          {t("mail.secure")}
        </label>
        <button type="submit" className="btn btn-small" disabled={update.isPending}>
          {t("mail.save")}
        </button>
      </form>
      <ErrorBox error={update.error} />
    </div>
  );
}
