import type { TRole } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { OneTimePassword } from "./one-time-password.tsx";
import { RoleOptions } from "./role-options.tsx";

/** Admin: creates an account; the server generates its first password, shown here once. */
export function CreateUserForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<TRole>("reviewer");
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: () => {
        setUsername("");
        setDisplayName("");
        return queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() });
      },
    }),
  );
  const fields = fieldErrorsOf(create.error);
  return (
    <form
      className="panel action-panel"
      data-testid="create-user-form"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ username, displayName, role });
      }}
    >
      <h2>{t("accounts.createTitle")}</h2>
      <div className="field">
        <label htmlFor="new-username">{t("auth.username")}</label>
        <input
          id="new-username"
          value={username}
          autoComplete="off"
          onChange={(event) => setUsername(event.target.value)}
        />
        <FieldErrors id="new-username-error" messages={fields.username} />
      </div>
      <div className="field">
        <label htmlFor="new-display-name">{t("accounts.displayName")}</label>
        <input id="new-display-name" value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        <FieldErrors id="new-display-name-error" messages={fields.displayName} />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("accounts.role")}</label>
        <select id="new-role" value={role} onChange={(event) => setRole(event.target.value as TRole)}>
          <RoleOptions />
        </select>
      </div>
      {Object.keys(fields).length === 0 ? <ErrorBox error={create.error} /> : null}
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t("accounts.create")}
      </button>
      {create.data?.oneTimePassword ? (
        <OneTimePassword username={create.variables.username} password={create.data.oneTimePassword} />
      ) : null}
    </form>
  );
}
