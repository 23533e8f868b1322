import type { TSimilarClaim } from "@tekser/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { t } from "../i18n/t.ts";
import { StatusBadge, VerdictBadge } from "../lib/badges.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { useTRPC } from "../trpc.ts";
import { ReasonForm } from "./reason-form.tsx";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/**
 * Claims like this one that clustering kept apart; a reviewer may merge one into this claim.
 * One in another language is most likely a translation (the list ranks those sharing the
 * title's names and numbers first), which clustering cannot see: the row says so.
 */
export function SimilarClaimsPanel({ claimId, lang }: { claimId: string; lang: string }) {
  const trpc = useTRPC();
  const similar = useQuery(trpc.claim.similar.queryOptions({ id: claimId }));
  return (
    <section className="panel" aria-labelledby="similar-title" data-testid="similar-claims">
      <header className="panel-header">
        <h2 id="similar-title">{t("similar.title")}</h2>
      </header>
      {similar.isError ? <ErrorBox error={similar.error} /> : null}
      {similar.data?.length === 0 ? <p className="muted">{t("similar.none")}</p> : null}
      <ul className="similar-list">
        {similar.data?.map((claim) => (
          <SimilarClaimRow key={claim.id} claim={claim} targetId={claimId} otherLanguage={claim.lang !== lang} />
        ))}
      </ul>
    </section>
  );
}

function SimilarClaimRow({
  claim,
  targetId,
  otherLanguage,
}: {
  claim: TSimilarClaim;
  targetId: string;
  otherLanguage: boolean;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const mayMerge = can.mergeSplit(useMe().role);
  const [merging, setMerging] = useState(false);
  const merge = useMutation(trpc.claim.merge.mutationOptions({ onSuccess: () => invalidate() }));
  return (
    <li className="similar-item" data-testid="similar-claim">
      <Link to={`/claims/${claim.id}`}>{claim.title}</Link>
      <div className="small muted">
        <StatusBadge status={claim.status} /> <VerdictBadge verdict={claim.verdict} labelId={claim.verdictLabelId} />{" "}
        <span className="lang-tag">{claim.lang}</span> {t("similar.score", { score: claim.similarity.toFixed(2) })}
        {otherLanguage ? (
          <>
            {" · "}
            <span data-testid="similar-other-language">{t("similar.otherLanguage")}</span>
          </>
        ) : null}
      </div>
      {mayMerge && !merging ? (
        <button type="button" className="btn btn-small" onClick={() => setMerging(true)}>
          {t("similar.merge")}
        </button>
      ) : null}
      {merging ? (
        <ReasonForm
          label={t("similar.mergeReason")}
          confirmLabel={t("similar.confirmMerge")}
          pending={merge.isPending}
          error={merge.error}
          onConfirm={(reason) => merge.mutate({ sourceId: claim.id, targetId, reason })}
          onCancel={() => setMerging(false)}
        />
      ) : null}
    </li>
  );
}
