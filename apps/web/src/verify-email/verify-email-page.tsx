import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useSearch } from "wouter";
import { ErrorBox } from "../lib/error-box.tsx";
import { currentLocale, isUiLocale, setLocale, t } from "../i18n/t.ts";
import { LanguageSwitcher } from "../shell/language-switcher.tsx";
import { useTRPC } from "../trpc.ts";

/**
 * Where the verification link leads, signed in or not (it may be opened on a phone). The address
 * is verified by pressing the button, not by opening the page: a mail scanner that fetches links
 * to check them cannot use the token up.
 */
export function VerifyEmailPage() {
  const trpc = useTRPC();
  const params = new URLSearchParams(useSearch());
  const token = params.get("token") ?? "";
  const language = params.get("ui");
  // The link names the language its message was written in; the page follows it.
  useEffect(() => {
    if (isUiLocale(language) && language !== currentLocale()) void setLocale(language);
  }, [language]);
  const verify = useMutation(trpc.notification.verifyEmail.mutationOptions());

  return (
    <main className="login-screen">
      <section className="card login-card" aria-labelledby="verify-email-title" data-testid="verify-email">
        <LanguageSwitcher signedIn={false} />
        <h1 id="verify-email-title">{t("verifyEmail.title")}</h1>
        {verify.data ? (
          <p role="status">{t("verifyEmail.done", { email: verify.data.email })}</p>
        ) : token ? (
          <>
            <p className="muted">{t("verifyEmail.intro")}</p>
            <ErrorBox error={verify.error} />
            <button type="button" className="btn" disabled={verify.isPending} onClick={() => verify.mutate({ token })}>
              {t("verifyEmail.confirm")}
            </button>
          </>
        ) : (
          <p role="alert">{t("verifyEmail.noToken")}</p>
        )}
        <p>
          <a href="/">{t("verifyEmail.toTekser")}</a>
        </p>
      </section>
    </main>
  );
}
