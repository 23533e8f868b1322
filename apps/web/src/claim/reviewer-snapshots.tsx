import type { TClaimDetail } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

type Review = TClaimDetail["reviews"][number];

/**
 * The page text the verdict's author pasted, for the second reviewer to compare with the live
 * page. Labelled as the author's own copy: Tekser did not fetch it and never serves it as the archive.
 */
export function ReviewerSnapshots({ review }: { review: Review }) {
  const snapshots = review.evidence.filter((evidence) => evidence.snapshotText);
  if (snapshots.length === 0) return null;
  return (
    <div className="reviewer-snapshots">
      <h3>{t("second.snapshots")}</h3>
      {snapshots.map((evidence, index) => (
        <figure key={index} className="reviewer-snapshot" data-testid="reviewer-snapshot">
          <figcaption className="small">
            {t("second.snapshotOf", { url: evidence.url, author: review.author })}
          </figcaption>
          <pre>{evidence.snapshotText}</pre>
        </figure>
      ))}
    </div>
  );
}
