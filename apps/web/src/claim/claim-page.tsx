import { ClaimHistoryLink } from "../audit/claim-history-link.tsx";
import { mayFire, nextClaimStatus, ZClaimById, type TClaimDetail } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useMe } from "../auth/use-me.ts";
import { StatusBadge, VerdictBadge } from "../lib/badges.tsx";
import { appErrorCode } from "../lib/errors.ts";
import { formatDateTime, t } from "../i18n/t.ts";
import { LoadFailed, Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { CommentsPanel } from "./comments-panel.tsx";
import { ItemList } from "./item-list.tsx";
import { MediaPanel } from "./media-panel.tsx";
import { NoticeList, PublishForm } from "./publish-panel.tsx";
import { ReviewHistory } from "./review-history.tsx";
import { SecondReviewPanel } from "./second-review-panel.tsx";
import { SimilarClaimsPanel } from "./similar-claims-panel.tsx";
import { SpreadPanel } from "./spread-panel.tsx";
import { TipsPanel } from "./tips-panel.tsx";
import { ImportedNoticesPanel } from "./imported-notices-panel.tsx";
import { VerdictForm } from "./verdict-form.tsx";
import { WorkPanel } from "./work-panel.tsx";
import { ClaimTagsPanel } from "../tags/claim-tags-panel.tsx";

export function ClaimPage({ id }: { id: string }) {
  const validId = ZClaimById.safeParse({ id }).success;
  if (!validId) return <ClaimMissing />;
  return <ClaimLoader id={id} />;
}

function ClaimLoader({ id }: { id: string }) {
  const trpc = useTRPC();
  const claim = useQuery(trpc.claim.byId.queryOptions({ id }));
  if (claim.isPending) return <Loading />;
  if (claim.isError) {
    if (appErrorCode(claim.error) === "CLAIM_NOT_FOUND") return <ClaimMissing />;
    return <LoadFailed error={claim.error} onRetry={() => void claim.refetch()} />;
  }
  return <ClaimView claim={claim.data} onReload={() => void claim.refetch()} />;
}

function ClaimMissing() {
  return (
    <section className="page">
      <Link to="/" className="back-link">
        {t("claim.back")}
      </Link>
      <p role="alert">{t("claim.notFound")}</p>
    </section>
  );
}

function ClaimView({ claim, onReload }: { claim: TClaimDetail; onReload: () => void }) {
  const me = useMe();
  const pendingReview = claim.reviews.find((review) => review.status === "submitted");
  const showVerdictForm = mayFire(me.role, "submitVerdict") && nextClaimStatus(claim.status, "submitVerdict") !== null;
  const showSecondReview = claim.status === "awaiting_second_review" && pendingReview !== undefined;
  const showPublish = mayFire(me.role, "publish") && nextClaimStatus(claim.status, "publish") !== null;

  return (
    <article className="page claim-page">
      <Link to="/" className="back-link">
        {t("claim.back")}
      </Link>
      <header className="claim-header">
        <h1>{claim.title}</h1>
        <div className="claim-badges">
          <StatusBadge status={claim.status} testId="claim-status" />
          <VerdictBadge
            verdict={claim.verdict}
            labelId={
              claim.reviews.find((review) => review.status === "approved" && review.verdict === claim.verdict)
                ?.verdictLabelId
            }
            testId="claim-verdict"
          />
          <span className="lang-tag">{claim.lang}</span>
          <span className="muted small">{t("claim.priority", { priority: claim.priority })}</span>
          <span className="muted small">{t("claim.firstSeen", { date: formatDateTime(claim.firstSeenAt) })}</span>
          <span className="muted small">{t("claim.revision", { revision: claim.revision })}</span>
          <ClaimHistoryLink claimId={claim.id} />
        </div>
      </header>
      <div className="claim-layout">
        <div className="claim-main">
          <SpreadPanel claimId={claim.id} />
          <ItemList items={claim.items} />
          <MediaPanel claimId={claim.id} />
          <TipsPanel claimId={claim.id} />
          <ReviewHistory reviews={claim.reviews} />
          <CommentsPanel claimId={claim.id} />
        </div>
        <aside className="claim-side">
          <WorkPanel claimId={claim.id} />
          <ClaimTagsPanel claimId={claim.id} tagIds={claim.tagIds} />
          {showVerdictForm ? <VerdictForm claim={claim} onReload={onReload} /> : null}
          {showSecondReview ? <SecondReviewPanel key={pendingReview.id} review={pendingReview} /> : null}
          {showPublish ? <PublishForm claim={claim} /> : null}
          {claim.notices.length > 0 || showPublish ? <NoticeList claimId={claim.id} notices={claim.notices} /> : null}
          <ImportedNoticesPanel claimId={claim.id} />
          <SimilarClaimsPanel claimId={claim.id} lang={claim.lang} />
        </aside>
      </div>
    </article>
  );
}
