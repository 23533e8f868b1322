import type { TClaimAppearance, TClaimAppearances } from "@tekser/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { formatDateTime, labelWording, t, verdictLabel } from "../i18n/t.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { useTRPC } from "../trpc.ts";
import { shownLabel } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";
import { ReasonForm } from "./reason-form.tsx";
import { useInvalidateClaims } from "./use-invalidate-claims.ts";

/** Where the claim spread: appearances in time order, the first one marked, counts by site and language. */
export function SpreadPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const spread = useQuery(trpc.claim.appearances.queryOptions({ id: claimId }));
  if (spread.isPending) return null;
  if (spread.isError) return <ErrorBox error={spread.error} />;
  return <SpreadView spread={spread.data} />;
}

function SpreadView({ spread }: { spread: TClaimAppearances }) {
  const siteOf = new Map(spread.appearances.map((item) => [item.id, item.site]));
  const canSplit = can.mergeSplit(useMe().role) && spread.appearances.length > 1;
  const { labels } = useVerdictScale();
  const label = spread.verdict ? shownLabel(labels, spread.verdict, spread.verdictLabelId) : undefined;
  return (
    <section className="panel" aria-labelledby="spread-title" data-testid="spread-panel">
      <header className="panel-header">
        <h2 id="spread-title">{t("spread.title")}</h2>
      </header>
      {spread.resurfaced && spread.verdict ? (
        <p className="resurfaced-banner" role="status" data-testid="resurfaced-banner">
          {t("spread.resurfaced", {
            verdict: label ? labelWording(label) : verdictLabel(spread.verdict),
            date: formatDateTime(spread.resurfacedAt),
          })}
        </p>
      ) : null}
      {spread.mergedIntoId ? (
        <p className="muted">
          {t("spread.mergedInto")} <Link to={`/claims/${spread.mergedIntoId}`}>{t("spread.openMerged")}</Link>
        </p>
      ) : null}
      {spread.firstAppearance ? (
        <p className="small muted">
          {t("spread.firstBasis", { basis: t(`spread.basis.${spread.firstAppearance.basis}`) })}
        </p>
      ) : null}
      <ol className="spread-list">
        {spread.appearances.map((item) => (
          <AppearanceRow
            key={item.id}
            item={item}
            originSite={item.originalItemId ? siteOf.get(item.originalItemId) : undefined}
            canSplit={canSplit}
          />
        ))}
      </ol>
      <div className="spread-counts">
        <Counts title={t("spread.bySite")} rows={spread.bySite.map((row) => [row.site, row.count])} />
        <Counts title={t("spread.byLang")} rows={spread.byLang.map((row) => [row.lang, row.count])} />
      </div>
    </section>
  );
}

function AppearanceRow({
  item,
  originSite,
  canSplit,
}: {
  item: TClaimAppearance;
  originSite: string | undefined;
  canSplit: boolean;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClaims();
  const [, navigate] = useLocation();
  const [splitting, setSplitting] = useState(false);
  const split = useMutation(
    trpc.claim.split.mutationOptions({
      onSuccess: async ({ claimId }) => {
        await invalidate();
        navigate(`/claims/${claimId}`);
      },
    }),
  );
  return (
    <li
      className={item.isFirst ? "spread-item first" : "spread-item"}
      data-testid="appearance"
      data-first={item.isFirst}
    >
      <span className="nowrap small">{formatDateTime(item.publishedAt ?? item.ingestedAt)}</span>
      <strong>{item.site}</strong>
      <span className="lang-tag">{item.lang}</span>
      {item.isFirst ? <span className="badge first-badge">{t("spread.firstAppearance")}</span> : null}
      {originSite ? <span className="small muted">{t("spread.copyOf", { site: originSite })}</span> : null}
      {item.pinned ? <span className="small muted">{t("spread.pinned")}</span> : null}
      {canSplit && !splitting ? (
        <button type="button" className="btn btn-small btn-link" onClick={() => setSplitting(true)}>
          {t("spread.split")}
        </button>
      ) : null}
      {splitting ? (
        <ReasonForm
          label={t("spread.splitReason")}
          confirmLabel={t("spread.confirmSplit")}
          pending={split.isPending}
          error={split.error}
          onConfirm={(reason) => split.mutate({ itemId: item.id, reason })}
          onCancel={() => setSplitting(false)}
        />
      ) : null}
    </li>
  );
}

function Counts({ title, rows }: { title: string; rows: [string, number][] }) {
  return (
    <div>
      <h3 className="small">{title}</h3>
      <ul className="count-list">
        {rows.map(([label, count]) => (
          <li key={label}>
            <span>{label}</span> <span className="num">{count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
