import { ZLoginInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { appErrorCode, fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { LanguageSwitcher } from "../shell/language-switcher.tsx";
import { forgetSessionData, useTRPC } from "../trpc.ts";

export function LoginPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totpCode, setTotpCode] = useState("");
  // Once the server says the account has two factors, the code field stays for the next tries.
  const [askCode, setAskCode] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (user) => {
        forgetSessionData(queryClient);
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      },
      onError: (error) => {
        if (appErrorCode(error) === "TOTP_REQUIRED") setAskCode(true);
      },
    }),
  );

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZLoginInput.safeParse({ username, password, ...(askCode && totpCode ? { totpCode } : {}) });
    if (!parsed.success) {
      setLocalErrors(issuesByField(parsed.error.issues));
      return;
    }
    setLocalErrors({});
    login.mutate(parsed.data);
  };

  const serverFields = fieldErrorsOf(login.error);
  const wrongCredentials = appErrorCode(login.error) === "INVALID_CREDENTIALS";
  const codeAsked = appErrorCode(login.error) === "TOTP_REQUIRED";

  return (
    <main className="login-screen">
      <form className="card login-card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <div className="login-brand" aria-hidden="true">
          <span className="brand-mark">T</span>
        </div>
        <LanguageSwitcher signedIn={false} />
        <h1 id="login-title">{t("auth.loginTitle")}</h1>
        <p className="muted">{t("auth.loginIntro")}</p>
        <div className="field">
          <label htmlFor="login-username">{t("auth.username")}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={Boolean(localErrors.username ?? serverFields.username)}
          />
          <FieldErrors id="login-username-error" messages={localErrors.username ?? serverFields.username} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t("auth.password")}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={Boolean(localErrors.password ?? serverFields.password)}
          />
          <FieldErrors id="login-password-error" messages={localErrors.password ?? serverFields.password} />
        </div>
        {askCode ? (
          <div className="field">
            <label htmlFor="login-totp">{t("totp.code")}</label>
            <input
              id="login-totp"
              name="totpCode"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              value={totpCode}
              aria-describedby="login-totp-hint"
              onChange={(event) => setTotpCode(event.target.value)}
            />
            <p id="login-totp-hint" className="muted small">
              {t("totp.codeHint")}
            </p>
          </div>
        ) : null}
        {login.error && !codeAsked && !serverFields.username && !serverFields.password ? (
          <ErrorBox error={login.error}>{wrongCredentials ? t("auth.invalidCredentials") : undefined}</ErrorBox>
        ) : null}
        <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
          {login.isPending ? t("auth.loggingIn") : t("auth.login")}
        </button>
      </form>
    </main>
  );
}
