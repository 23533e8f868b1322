import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { MyAccountPage } from "./account/my-account-page.tsx";
import { TotpRequiredPage } from "./account/totp-required-page.tsx";
import { AccountsPage } from "./accounts/accounts-page.tsx";
import { AuditPage } from "./audit/audit-page.tsx";
import { ClaimTimelinePage } from "./audit/claim-timeline-page.tsx";
import { ChangePasswordPage } from "./auth/change-password-page.tsx";
import { LoginPage } from "./auth/login-page.tsx";
import { can } from "./auth/roles.ts";
import { MeContext, useMeQuery } from "./auth/use-me.ts";
import { ClaimPage } from "./claim/claim-page.tsx";
import { currentLocale, i18n, isUiLocale, setLocale } from "./i18n/t.ts";
import { IngestPage } from "./ingest/ingest-page.tsx";
import { DeliveriesPage } from "./newsroom/deliveries-page.tsx";
import { NewsroomPage } from "./newsroom/newsroom-page.tsx";
import { MetricsPage } from "./metrics/metrics-page.tsx";
import { QueuePage } from "./queue/queue-page.tsx";
import { SearchPage } from "./search/search-page.tsx";
import { TeamSettingsPage } from "./settings/team-settings-page.tsx";
import { SourcesPage } from "./sources/sources-page.tsx";
import { AppShell } from "./shell/app-shell.tsx";
import { Forbidden, LoadFailed, Loading, NotFound } from "./shell/status-pages.tsx";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "./trpc.ts";

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nextProvider i18n={i18n}>
          <LocalisedApp />
        </I18nextProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** Re-renders the whole dashboard in the new language when it changes (a rare, deliberate act). */
function LocalisedApp() {
  const { i18n: active } = useTranslation();
  return <AuthGate key={active.language} />;
}

/** Only a safe, same-app path may be a post-login target. */
function safeNext(raw: string | null): string {
  return raw?.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/login") ? raw : "/";
}

/** Logged out → /login (remembering where you were); must change password → that form first. */
export function AuthGate() {
  const me = useMeQuery();
  const [location] = useLocation();
  const search = useSearch();
  const accountLocale = me.data?.locale;
  // The account's language wins over this browser's memory once we know who is signed in.
  useEffect(() => {
    if (isUiLocale(accountLocale) && accountLocale !== currentLocale()) void setLocale(accountLocale);
  }, [accountLocale]);

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadFailed error={me.error} onRetry={() => void me.refetch()} />;

  const user = me.data;
  if (!user) {
    if (location === "/login") return <LoginPage />;
    const here = location + (search ? `?${search}` : "");
    return <Redirect to={here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (location === "/login") {
    return <Redirect to={safeNext(new URLSearchParams(search).get("next"))} replace />;
  }
  return (
    <MeContext.Provider value={user}>
      {user.mustChangePassword ? (
        <AppShell me={user} showNav={false}>
          <ChangePasswordPage />
        </AppShell>
      ) : user.mustEnrolTotp ? (
        <AppShell me={user} showNav={false}>
          <TotpRequiredPage />
        </AppShell>
      ) : (
        <AppShell me={user}>
          <Switch>
            <Route path="/" component={QueuePage} />
            <Route path="/claims/:id">{(params) => <ClaimPage key={params.id} id={params.id} />}</Route>
            <Route path="/search" component={SearchPage} />
            <Route path="/ingest">{can.ingest(user.role) ? <IngestPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/metrics" component={MetricsPage} />
            <Route path="/settings">{user.role === "admin" ? <TeamSettingsPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/sources">{can.ingest(user.role) ? <SourcesPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/audit">{can.audit(user.role) ? <AuditPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/audit/claims/:id">
              {(params) => (can.audit(user.role) ? <ClaimTimelinePage key={params.id} claimId={params.id} /> : <Forbidden role={user.role} />)}
            </Route>
            <Route path="/newsrooms">{can.newsrooms(user.role) ? <NewsroomPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/deliveries">{can.newsrooms(user.role) ? <DeliveriesPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/accounts">{can.administer(user.role) ? <AccountsPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/account" component={MyAccountPage} />
            <Route component={NotFound} />
          </Switch>
        </AppShell>
      )}
    </MeContext.Provider>
  );
}
