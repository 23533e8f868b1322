import { ZChangePasswordInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { appErrorCode, fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Shown instead of the app while the account still has an administrator-set password. */
export function ChangePasswordPage() {
  return (
    <div className="center-screen">
      <ChangePasswordForm className="card login-card" title={t("auth.changeTitle")} intro={t("auth.changeIntro")} />
    </div>
  );
}

/** The account's own password change (current password required); also on the My account page. */
export function ChangePasswordForm({
  className,
  title,
  intro,
  Heading = "h1",
}: {
  className: string;
  title: string;
  intro: string;
  Heading?: "h1" | "h2";
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword("");
        setNewPassword("");
        setConfirm("");
        return queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZChangePasswordInput.safeParse({ currentPassword, newPassword });
    const errors = parsed.success ? {} : issuesByField(parsed.error.issues);
    if (confirm !== newPassword) errors.confirm = [t("auth.passwordsDiffer")];
    setLocalErrors(errors);
    if (parsed.success && Object.keys(errors).length === 0) change.mutate(parsed.data);
  };

  const serverFields = fieldErrorsOf(change.error);
  const currentWrong = appErrorCode(change.error) === "INVALID_CREDENTIALS";
  const fields = [
    {
      id: "currentPassword",
      label: t("auth.currentPassword"),
      value: currentPassword,
      set: setCurrentPassword,
      auto: "current-password",
    },
    { id: "newPassword", label: t("auth.newPassword"), value: newPassword, set: setNewPassword, auto: "new-password" },
    { id: "confirm", label: t("auth.confirmPassword"), value: confirm, set: setConfirm, auto: "new-password" },
  ];

  return (
    <form className={className} onSubmit={onSubmit} noValidate aria-labelledby="change-title">
      <Heading id="change-title">{title}</Heading>
      <p className="muted">{intro}</p>
      {fields.map((field) => {
        const messages = localErrors[field.id] ?? serverFields[field.id];
        return (
          <div className="field" key={field.id}>
            <label htmlFor={`pw-${field.id}`}>{field.label}</label>
            <input
              id={`pw-${field.id}`}
              type="password"
              autoComplete={field.auto}
              value={field.value}
              onChange={(event) => field.set(event.target.value)}
              aria-invalid={Boolean(messages)}
            />
            <FieldErrors id={`pw-${field.id}-error`} messages={messages} />
          </div>
        );
      })}
      {change.error && Object.keys(serverFields).length === 0 ? (
        <ErrorBox error={change.error}>{currentWrong ? t("auth.currentWrong") : undefined}</ErrorBox>
      ) : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={change.isPending}>
        {change.isPending ? t("auth.saving") : t("auth.changePassword")}
      </button>
      {change.isSuccess ? (
        <p className="note" role="status">
          {t("account.passwordChanged")}
        </p>
      ) : null}
    </form>
  );
}
