import type { TClaimDetail } from "@tekser/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { ChecklistTicks } from "../checklist/checklist-ticks.tsx";
import { ReviewerSnapshots } from "./reviewer-snapshots.tsx";
import { labelWording, t, verdictLabel } from "../i18n/t.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";
import { useTRPC } from "../trpc.ts";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

type Review = TClaimDetail["reviews"][number];

/** Four-eyes: anyone but the verdict's author (editor, reviewer, admin) approves or sends it back. */
export function SecondReviewPanel({ review }: { review: Review }) {
  const me = useMe();
  const trpc = useTRPC();
  const settings = useQuery(trpc.workflow.settings.queryOptions());
  // The team setting decides whether a reviewer may give the second review (the server enforces it).
  const reviewerBarred = me.role === "reviewer" && settings.data?.reviewersMayApprove === false;
  if (review.authorId === me.id) {
    return (
      <section className="panel action-panel note-panel" aria-labelledby="second-title">
        <h2 id="second-title">{t("second.title")}</h2>
        <p className="note" data-testid="own-verdict-note">
          {t("second.ownVerdict")}
        </p>
      </section>
    );
  }
  if (!can.secondReview(me.role) || reviewerBarred) {
    return (
      <section className="panel action-panel note-panel" aria-labelledby="second-title">
        <h2 id="second-title">{t("second.title")}</h2>
        <p className="note">{t("second.noRole")}</p>
      </section>
    );
  }
  return <DecideForm review={review} />;
}

function DecideForm({ review }: { review: Review }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const [comment, setComment] = useState("");
  const [needComment, setNeedComment] = useState(false);
  const label = useVerdictScale().byId.get(review.verdictLabelId ?? "");
  const approve = useMutation(trpc.review.approve.mutationOptions({ onSuccess: () => invalidate() }));
  const sendBack = useMutation(trpc.review.sendBack.mutationOptions({ onSuccess: () => invalidate() }));
  const pending = approve.isPending || sendBack.isPending;
  const error = approve.error ?? sendBack.error;

  const onApprove = () => {
    sendBack.reset();
    setNeedComment(false);
    approve.mutate({ reviewId: review.id, ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };
  const onSendBack = () => {
    approve.reset();
    if (!comment.trim()) {
      setNeedComment(true);
      return;
    }
    setNeedComment(false);
    sendBack.mutate({ reviewId: review.id, comment: comment.trim() });
  };

  return (
    <section className="panel action-panel" data-testid="second-review-form" aria-labelledby="second-title">
      <h2 id="second-title">{t("second.title")}</h2>
      <p className="small">
        {t("second.intro", {
          author: review.author,
          verdict: label ? labelWording(label) : verdictLabel(review.verdict),
        })}
      </p>
      <ChecklistTicks ticks={review.checklist} />
      <ReviewerSnapshots review={review} />
      <div className="field">
        <label htmlFor="second-comment">{t("second.comment")}</label>
        <textarea
          id="second-comment"
          rows={3}
          value={comment}
          placeholder={t("second.commentHint")}
          aria-invalid={needComment}
          aria-describedby="second-comment-error"
          onChange={(event) => setComment(event.target.value)}
        />
        <FieldErrors id="second-comment-error" messages={needComment ? [t("second.needComment")] : undefined} />
      </div>
      <ErrorBox error={error} />
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={onApprove} disabled={pending}>
          {t("second.approve")}
        </button>
        <button type="button" className="btn btn-danger" onClick={onSendBack} disabled={pending}>
          {t("second.sendBack")}
        </button>
      </div>
    </section>
  );
}
