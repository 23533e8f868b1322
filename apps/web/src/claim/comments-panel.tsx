import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/** The team's conversation about a claim; `@username` notifies a colleague (stored as a mention). */
export function CommentsPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateClaims();
  const comments = useQuery(trpc.comment.list.queryOptions({ claimId }));
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.comment.add.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await invalidate();
      },
    }),
  );

  return (
    <section className="panel" data-testid="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t("comments.title")}</h2>
      <ErrorBox error={comments.error} />
      {comments.data?.length === 0 ? <p className="muted small">{t("comments.none")}</p> : null}
      <ol className="comment-list">
        {comments.data?.map((comment) => (
          <li key={comment.id} data-testid="comment">
            <p className="small muted">
              <strong>{comment.author.displayName}</strong> · {formatDateTime(comment.createdAt)}
            </p>
            <p className="comment-body">{comment.body}</p>
            {comment.mentions.length > 0 ? (
              <p className="small muted">
                {t("comments.mentions", { names: comment.mentions.map((person) => `@${person.username}`).join(", ") })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {can.work(me.role) ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ claimId, body });
          }}
        >
          <div className="field">
            <label htmlFor="comment-body">{t("comments.body")}</label>
            <textarea
              id="comment-body"
              rows={2}
              value={body}
              placeholder={t("comments.hint")}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          <ErrorBox error={add.error} />
          <button type="submit" className="btn btn-small" disabled={add.isPending}>
            {t("comments.add")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
