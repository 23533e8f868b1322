import type { TClaimDetail, TVerdictLabel } from "@tekser/contracts";
import { ChecklistTicks } from "../checklist/checklist-ticks.tsx";
import { VerdictBadge } from "../lib/badges.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { VerdictLabelChip } from "../verdict-scale/verdict-label-chip.tsx";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";

type Review = TClaimDetail["reviews"][number];

/** Every verdict on this claim, newest first, with who approved or sent it back. */
export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const scale = useVerdictScale();
  return (
    <section className="panel" aria-labelledby="reviews-title">
      <header className="panel-header">
        <h2 id="reviews-title">{t("claim.reviews")}</h2>
      </header>
      {reviews.length === 0 ? <p className="muted">{t("claim.noReviews")}</p> : null}
      <ol className="review-list">
        {reviews.map((review) => (
          <li key={review.id} className={`review-card review-${review.status}`} data-testid="review-entry">
            <div className="review-head">
              <ReviewVerdict review={review} label={scale.byId.get(review.verdictLabelId ?? "")} />
              <span className={`review-status review-status-${review.status}`} data-status={review.status}>
                {t(`review.status.${review.status}`)}
              </span>
              <span className="small muted">
                {t("claim.reviewBy", { author: review.author })} ·{" "}
                <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>
              </span>
            </div>
            <h3 className="visually-hidden">{t("claim.rationale")}</h3>
            <p className="rationale">{review.rationale}</p>
            {review.evidence.length > 0 ? (
              <div className="evidence">
                <h4>{t("claim.evidence")}</h4>
                <ul>
                  {review.evidence.map((evidence, index) => (
                    <li key={index}>
                      <a href={evidence.url} target="_blank" rel="noreferrer noopener">
                        {evidence.url}
                      </a>
                      {evidence.note ? <span className="muted"> — {evidence.note}</span> : null}
                      <HashNote hash={evidence.snapshotHash} testId="snapshot-hash" label="verdict.snapshotHash" />
                      <HashNote hash={evidence.archivedHash} testId="archived-hash" label="verdict.fetchedHash" />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <ChecklistTicks ticks={review.checklist} />
            {review.approver ? (
              <p className="small">
                {t(review.status === "returned" ? "claim.returnedBy" : "claim.approvedBy", {
                  approver: review.approver,
                })}
                {review.decidedAt ? <> · {formatDateTime(review.decidedAt)}</> : null}
              </p>
            ) : null}
            {review.returnComment ? (
              <blockquote className="return-comment">
                <strong>{t("claim.returnComment")}:</strong> {review.returnComment}
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A copy's SHA-256, shortened, saying whose copy it is: the reviewer's snapshot or Tekser's fetch. */
function HashNote({
  hash,
  testId,
  label,
}: {
  hash: string | null | undefined;
  testId: string;
  label: "verdict.snapshotHash" | "verdict.fetchedHash";
}) {
  if (!hash) return null;
  return (
    <span className="small muted" data-testid={testId} title={hash}>
      {" "}
      · {t(label, { hash: hash.slice(0, 12) })}
    </span>
  );
}

/** The label the author chose, as the scale words it now; the built-in meaning until the scale has loaded. */
function ReviewVerdict({ review, label }: { review: Review; label: TVerdictLabel | undefined }) {
  return label ? <VerdictLabelChip label={label} /> : <VerdictBadge verdict={review.verdict} />;
}
