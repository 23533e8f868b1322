import { mediaImagePath, type TClaimImage } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Images fetched arrive in the background: the panel looks again while some are still pending. */
const PENDING_REFRESH_MS = 5_000;

/** The claim's images: thumbnails, where each came from, the text read in it and where else it was seen. */
export function MediaPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const media = useQuery({
    ...trpc.media.forClaim.queryOptions({ claimId }),
    refetchInterval: (query) =>
      query.state.data?.images.some((image) => image.state === "pending") ? PENDING_REFRESH_MS : false,
  });
  if (!media.data || media.data.images.length === 0) return <ErrorBox error={media.error} />;
  return (
    <section className="panel" data-testid="claim-media" aria-labelledby="claim-media-title">
      <h2 id="claim-media-title">{t("media.title", { number: media.data.images.length })}</h2>
      <ul className="media-list">
        {media.data.images.map((image) => (
          <MediaCard key={image.id} image={image} claimId={claimId} />
        ))}
      </ul>
    </section>
  );
}

function MediaCard({ image, claimId }: { image: TClaimImage; claimId: string }) {
  return (
    <li className="media-card" data-testid="claim-image">
      {image.sha256 ? (
        <a href={mediaImagePath(image.sha256, "original")} target="_blank" rel="noreferrer noopener">
          <img
            className="media-thumb"
            src={mediaImagePath(image.sha256, "thumbnail")}
            alt={t("media.alt", { site: image.site })}
            loading="lazy"
          />
        </a>
      ) : null}
      <div className="media-meta small">
        <div>
          <strong data-testid="image-site">{image.site}</strong>
          {image.width && image.height ? (
            <span className="muted">
              {" "}
              · {image.width}×{image.height}
            </span>
          ) : null}
        </div>
        <div className="muted">
          {image.state === "stored" && image.fetchedAt
            ? t("media.fetchedAt", { date: formatDateTime(image.fetchedAt) })
            : null}
          {image.state === "pending" ? t("media.pending") : null}
          {image.state === "failed" || image.state === "skipped"
            ? t("media.failed", { reason: image.error ?? "" })
            : null}
        </div>
        <div className="media-url" title={image.url}>
          {t("media.original")}:{" "}
          {/^https?:\/\//.test(image.url) ? (
            <a href={image.url} target="_blank" rel="noreferrer noopener">
              {image.url}
            </a>
          ) : (
            <code>{image.url}</code>
          )}
        </div>
        {image.textClaimId === claimId && image.textItemId ? (
          <div data-testid="image-text-joined">{t("media.textJoined")}</div>
        ) : null}
        {image.ocrText ? (
          <details>
            <summary>{t("media.ocrText")}</summary>
            <p className="item-text-body" data-testid="image-ocr-text">
              {image.ocrText}
            </p>
          </details>
        ) : null}
        {image.ocrState === "off" ? <div className="muted">{t("media.ocrOff")}</div> : null}
        {image.sameImageSeenIn.length > 0 ? (
          <div data-testid="same-image">
            {t("media.sameImage")}
            <ul>
              {image.sameImageSeenIn.map((sighting) => (
                <li key={sighting.itemId}>
                  {sighting.site}
                  {sighting.claimId && sighting.claimId !== claimId ? (
                    <>
                      {" · "}
                      <Link to={`/claims/${sighting.claimId}`}>{sighting.claimTitle}</Link>
                    </>
                  ) : null}
                  {sighting.claimId === claimId ? <span className="muted"> · {t("media.thisClaim")}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </li>
  );
}
