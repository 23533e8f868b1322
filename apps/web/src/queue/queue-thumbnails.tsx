import { mediaImagePath } from "@tekser/contracts";
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

const Thumbnails = createContext<ReadonlyMap<string, string>>(new Map());

/** Loads the first image of each claim on the page in one query, for the rows' thumbnails. */
export function QueueThumbnailsProvider({ claimIds, children }: { claimIds: string[]; children: ReactNode }) {
  const trpc = useTRPC();
  const thumbnails = useQuery({
    ...trpc.media.queueThumbnails.queryOptions({ claimIds }),
    enabled: claimIds.length > 0,
  });
  const byClaim = new Map((thumbnails.data?.thumbnails ?? []).map((row) => [row.claimId, row.sha256]));
  return <Thumbnails.Provider value={byClaim}>{children}</Thumbnails.Provider>;
}

/** A claim's first image beside its title in the queue, when it has one. */
export function QueueThumbnail({ claimId }: { claimId: string }) {
  const sha256 = useContext(Thumbnails).get(claimId);
  return sha256 ? (
    <img
      className="queue-thumb"
      data-testid="queue-thumb"
      src={mediaImagePath(sha256, "thumbnail")}
      alt={t("media.queueThumb")}
      loading="lazy"
    />
  ) : null;
}
