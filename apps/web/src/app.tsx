import type { AppRouter } from "@tekser/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { Suspense, useEffect } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { can } from "./auth/roles.ts";
import { MeContext, useMeQuery } from "./auth/use-me.ts";
import { currentLocale, i18n, isUiLocale, setLocale } from "./i18n/t.ts";
import { AppShell } from "./shell/app-shell.tsx";
import {
  AccountsPage,
  ArchiveImportPage,
  AuditPage,
  ChangePasswordPage,
  ClaimPage,
  ClaimTimelinePage,
  DeliveriesPage,
  IngestPage,
  LoginPage,
  MetricsPage,
  MyAccountPage,
  NewsroomPage,
  QueuePage,
  SearchPage,
  SourcesPage,
  TeamSettingsPage,
  TotpRequiredPage,
  VerifyEmailPage,
} from "./shell/lazy-pages.ts";
import { Forbidden, LoadFailed, Loading, NotFound } from "./shell/status-pages.tsx";
import { TRPCProvider } from "./trpc.ts";

interface Props {
  /** Made before the first render, so the first screen's requests could start without waiting for it. */
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
}

export function App({ queryClient, trpcClient }: Props) {
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
  const [location] = useLocation();
  return (
    <Suspense fallback={<Loading />}>
      {/* A verification link works without signing in: the token is the proof. */}
      {location === "/verify-email" ? <VerifyEmailPage key={active.language} /> : <AuthGate key={active.language} />}
    </Suspense>
  );
}

/** Only a safe, same-app path may be a post-login target. */
function safeNext(raw: string | null): string {
  return raw?.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/login") ? raw : "/";
}

/** Logged out → /login (remembering where you were); must change password → that form first. */
function AuthGate() {
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
            <Route path="/import">
              {can.importArchive(user.role) ? <ArchiveImportPage /> : <Forbidden role={user.role} />}
            </Route>
            <Route path="/metrics" component={MetricsPage} />
            <Route path="/settings">
              {user.role === "admin" ? <TeamSettingsPage /> : <Forbidden role={user.role} />}
            </Route>
            <Route path="/sources">{can.ingest(user.role) ? <SourcesPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/audit">{can.audit(user.role) ? <AuditPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/audit/claims/:id">
              {(params) =>
                can.audit(user.role) ? (
                  <ClaimTimelinePage key={params.id} claimId={params.id} />
                ) : (
                  <Forbidden role={user.role} />
                )
              }
            </Route>
            <Route path="/newsrooms">
              {can.newsrooms(user.role) ? <NewsroomPage /> : <Forbidden role={user.role} />}
            </Route>
            <Route path="/deliveries">
              {can.newsrooms(user.role) ? <DeliveriesPage /> : <Forbidden role={user.role} />}
            </Route>
            <Route path="/accounts">
              {can.administer(user.role) ? <AccountsPage /> : <Forbidden role={user.role} />}
            </Route>
            <Route path="/account" component={MyAccountPage} />
            <Route component={NotFound} />
          </Switch>
        </AppShell>
      )}
    </MeContext.Provider>
  );
}
