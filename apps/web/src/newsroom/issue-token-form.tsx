import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Admin: issues a newsroom's token and shows it this once. */
export function IssueTokenForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [newsroom, setNewsroom] = useState("");
  const issue = useMutation(
    trpc.newsroom.issueToken.mutationOptions({
      onSuccess: () => {
        setNewsroom("");
        return queryClient.invalidateQueries({ queryKey: trpc.newsroom.pathKey() });
      },
    }),
  );
  return (
    <form
      className="panel action-panel"
      data-testid="issue-token-form"
      onSubmit={(event) => {
        event.preventDefault();
        issue.mutate({ newsroom });
      }}
    >
      <h2>{t("newsroom.issueTitle")}</h2>
      <div className="field">
        <label htmlFor="token-newsroom">{t("newsroom.name")}</label>
        <input id="token-newsroom" value={newsroom} onChange={(event) => setNewsroom(event.target.value)} />
      </div>
      <ErrorBox error={issue.error} />
      <button type="submit" className="btn btn-primary" disabled={issue.isPending}>
        {t("newsroom.issue")}
      </button>
      {issue.data ? (
        <p className="note" role="status">
          {t("newsroom.tokenOnce")} <code data-testid="issued-token">{issue.data.token}</code>
        </p>
      ) : null}
    </form>
  );
}
