import { useMutation } from "@tanstack/react-query";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { useInvalidateClaims } from "../claim/use-invalidate-claims.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { TagChips } from "./tag-chip.tsx";
import { useTags } from "./use-tags.ts";

/** The claim's tags; reviewers and editors tick the team's tags on and off. */
export function ClaimTagsPanel({ claimId, tagIds }: { claimId: string; tagIds: string[] }) {
  const trpc = useTRPC();
  const me = useMe();
  const { tags, byId } = useTags();
  const invalidate = useInvalidateClaims();
  const add = useMutation(trpc.tag.addToClaim.mutationOptions({ onSuccess: () => invalidate() }));
  const remove = useMutation(trpc.tag.removeFromClaim.mutationOptions({ onSuccess: () => invalidate() }));
  const pending = add.isPending || remove.isPending;
  const mayTag = can.tag(me.role);

  return (
    <section className="panel action-panel" aria-labelledby="claim-tags-title" data-testid="claim-tags">
      <h2 id="claim-tags-title">{t("tags.claimTitle")}</h2>
      {tagIds.length === 0 ? <p className="muted small">{t("tags.none")}</p> : <TagChips tagIds={tagIds} byId={byId} />}
      {mayTag && tags.length > 0 ? (
        <fieldset className="tag-toggles">
          <legend className="small muted">{t("tags.toggle")}</legend>
          {tags.map((tag) => {
            const on = tagIds.includes(tag.id);
            return (
              <label key={tag.id} className="chip">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={pending}
                  onChange={() => (on ? remove : add).mutate({ claimId, tagId: tag.id })}
                />
                {tag.name}
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {mayTag && tags.length === 0 ? <p className="muted small">{t("tags.noneDefined")}</p> : null}
      <ErrorBox error={add.error ?? remove.error} />
    </section>
  );
}
