import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatDateTime, formatNumber, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** "Verify chain" (recomputes every hash on the server) and the signed checkpoints. */
export function ChainPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const verify = useQuery({ ...trpc.audit.verify.queryOptions({}), enabled: false, retry: false });
  const checkpoints = useQuery(trpc.audit.checkpoints.queryOptions({}));
  const sign = useMutation(
    trpc.audit.createCheckpoint.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    }),
  );
  const result = verify.data;
  const latest = checkpoints.data?.[0];

  return (
    <section className="chain-panel" aria-label={t("audit.chain.title")}>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={verify.isFetching}
          onClick={() => void verify.refetch()}
        >
          {verify.isFetching ? t("audit.chain.verifying") : t("audit.chain.verify")}
        </button>
        <button type="button" className="btn" disabled={sign.isPending} onClick={() => sign.mutate({})}>
          {t("audit.checkpoint.create")}
        </button>
        <a className="btn btn-ghost" href="/audit/checkpoints.json" target="_blank" rel="noreferrer">
          {t("audit.checkpoint.public")}
        </a>
      </div>
      <ErrorBox error={verify.error ?? sign.error ?? checkpoints.error} />
      {result ? (
        <p
          className={result.ok ? "chain-result chain-ok" : "chain-result chain-broken"}
          role="status"
          data-testid="chain-result"
        >
          {result.ok
            ? t("audit.chain.ok", {
                count: formatNumber(result.checked),
                seq: result.head?.seq ?? "0",
                hash: result.head?.hash.slice(0, 16) ?? "—",
              })
            : t("audit.chain.broken", {
                seq: result.firstBreak?.seq ?? "?",
                problem: t(`audit.problem.${result.firstBreak?.problem ?? "altered"}`),
                message: result.firstBreak?.message ?? "",
              })}
          {result.checkpoint
            ? ` ${t(result.checkpoint.matched ? "audit.chain.checkpointOk" : "audit.chain.checkpointBad", { seq: result.checkpoint.seq })}`
            : null}
        </p>
      ) : null}
      {latest ? (
        <p className="muted small" data-testid="latest-checkpoint">
          {t("audit.checkpoint.latest", {
            seq: latest.seq,
            hash: latest.headHash.slice(0, 16),
            at: formatDateTime(latest.at),
            kid: latest.signature.kid.slice(0, 10),
          })}
        </p>
      ) : (
        <p className="muted small">{t("audit.checkpoint.none")}</p>
      )}
    </section>
  );
}
