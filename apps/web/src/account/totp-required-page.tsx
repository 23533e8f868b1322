import { useQueryClient } from "@tanstack/react-query";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { TotpEnrolment } from "./totp-enrolment.tsx";

/** Shown instead of the app while the team requires two factors of this account's role and it has none. */
export function TotpRequiredPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <div className="center-screen">
      <section className="card login-card" aria-labelledby="totp-required-title">
        <h1 id="totp-required-title">{t("totp.requiredTitle")}</h1>
        <p className="muted">{t("totp.requiredIntro")}</p>
        <TotpEnrolment onDone={() => void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() })} />
      </section>
    </div>
  );
}
