import { hasPermission } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMe } from "../auth/use-me.ts";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Tips from the public that joined this claim: channel, whether the sender heard back, and (admins) the deletion path. */
export function TipsPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const tips = useQuery(trpc.tipline.ofClaim.queryOptions({ id: claimId }));
  const erase = useMutation(
    trpc.tipline.eraseSender.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.tipline.ofClaim.queryKey({ id: claimId }) }),
    }),
  );
  if (!tips.data || tips.data.length === 0) return <ErrorBox error={tips.error} />;

  return (
    <section className="panel" data-testid="claim-tips" aria-labelledby="claim-tips-title">
      <h2 id="claim-tips-title">{t("tipline.onClaim", { number: tips.data.length })}</h2>
      <ul className="tip-list">
        {tips.data.map((tip) => (
          <li key={tip.id} data-testid="claim-tip" className="small">
            <strong>{t(`tipline.channel.${tip.channel}`)}</strong> · {tip.lang} · {formatDateTime(tip.receivedAt)} ·{" "}
            <span data-testid="tip-answer">
              {tip.answeredAt
                ? t("tipline.answeredAt", { date: formatDateTime(tip.answeredAt) })
                : t("tipline.notAnswered")}
            </span>
            {tip.contact ? <> · {t("tipline.contact", { contact: tip.contact })}</> : null}
            {tip.senderErased ? <span className="muted"> · {t("tipline.senderErased")}</span> : null}
            {hasPermission(me.role, "administer") && !tip.senderErased ? (
              <button
                type="button"
                className="btn btn-small"
                disabled={erase.isPending}
                onClick={() => erase.mutate({ tipId: tip.id })}
              >
                {t("tipline.eraseSender")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorBox error={erase.error} />
    </section>
  );
}
