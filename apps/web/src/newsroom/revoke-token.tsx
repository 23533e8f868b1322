import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Revoking asks for a reason first: it goes to the audit log with the revocation. */
export function RevokeTokenButton({ tokenId }: { tokenId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const revoke = useMutation(
    trpc.newsroom.revokeToken.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.newsroom.pathKey() }),
    }),
  );
  if (!open) {
    return (
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {t("newsroom.revoke")}
      </button>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        revoke.mutate({ tokenId, reason });
      }}
    >
      <label>
        <span className="visually-hidden">{t("newsroom.revokeReason")}</span>
        <input
          value={reason}
          placeholder={t("newsroom.revokeReason")}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button type="submit" className="btn btn-danger" disabled={revoke.isPending}>
        {t("newsroom.confirmRevoke")}
      </button>
      <ErrorBox error={revoke.error} />
    </form>
  );
}
