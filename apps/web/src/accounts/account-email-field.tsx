import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Sets a colleague's notification address; a link goes to it, and mail only once its owner opens it. */
export function AccountEmailField({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const setAddress = useMutation(trpc.user.setEmail.mutationOptions());
  const fieldErrors = fieldErrorsOf(setAddress.error);
  return (
    <form
      className="field"
      onSubmit={(event) => {
        event.preventDefault();
        setAddress.mutate({ userId, email: email.trim() });
      }}
    >
      <label htmlFor="account-email">{t("accounts.email")}</label>
      <input
        id="account-email"
        type="email"
        value={email}
        aria-describedby="account-email-error"
        onChange={(event) => setEmail(event.target.value)}
      />
      <FieldErrors id="account-email-error" messages={fieldErrors.email} />
      <button type="submit" className="btn btn-small" disabled={setAddress.isPending}>
        {t("accounts.setEmail")}
      </button>
      <ErrorBox error={Object.keys(fieldErrors).length > 0 ? undefined : setAddress.error} />
      {setAddress.data ? (
        <p className="muted small" role="status">
          {t(setAddress.data.verificationSent ? "accounts.emailLinkSent" : "accounts.emailSaved")}
        </p>
      ) : null}
    </form>
  );
}
