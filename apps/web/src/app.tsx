import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { AuditPage } from "./audit/audit-page.tsx";
import { ChangePasswordPage } from "./auth/change-password-page.tsx";
import { LoginPage } from "./auth/login-page.tsx";
import { can } from "./auth/roles.ts";
import { MeContext, useMeQuery } from "./auth/use-me.ts";
import { ClaimPage } from "./claim/claim-page.tsx";
import { IngestPage } from "./ingest/ingest-page.tsx";
import { QueuePage } from "./queue/queue-page.tsx";
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
        <AuthGate />
      </TRPCProvider>
    </QueryClientProvider>
  );
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
      ) : (
        <AppShell me={user}>
          <Switch>
            <Route path="/" component={QueuePage} />
            <Route path="/claims/:id">{(params) => <ClaimPage key={params.id} id={params.id} />}</Route>
            <Route path="/ingest">{can.ingest(user.role) ? <IngestPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/sources">{can.ingest(user.role) ? <SourcesPage /> : <Forbidden role={user.role} />}</Route>
            <Route path="/audit">{can.audit(user.role) ? <AuditPage /> : <Forbidden role={user.role} />}</Route>
            <Route component={NotFound} />
          </Switch>
        </AppShell>
      )}
    </MeContext.Provider>
  );
}
