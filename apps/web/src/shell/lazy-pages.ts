import { createElement, lazy, useState, type ComponentType } from "react";

/**
 * Every screen is its own chunk, fetched when first visited: the first paint downloads the shell
 * and the one screen it shows, and heavy libraries (the metrics charts) stay out of it.
 */
let loadedQueuePage: ComponentType | undefined;
const loadQueue = () => import("../queue/queue-page.tsx").then((module) => (loadedQueuePage = module.QueuePage));
const LazyQueuePage = lazy(() => loadQueue().then((page) => ({ default: page })));

/**
 * The queue, drawn at once when its chunk came before the first render: a `lazy` screen suspends
 * on its first render even then, and React holds a revealed Suspense fallback for a while before
 * it shows what replaced it. Chosen once per mount, so a chunk arriving later never remounts it.
 */
export function QueuePage() {
  const [page] = useState(() => loadedQueuePage ?? LazyQueuePage);
  return createElement(page);
}
export const ClaimPage = lazy(() =>
  import("../claim/claim-page.tsx").then((module) => ({ default: module.ClaimPage })),
);
export const SearchPage = lazy(() =>
  import("../search/search-page.tsx").then((module) => ({ default: module.SearchPage })),
);
export const IngestPage = lazy(() =>
  import("../ingest/ingest-page.tsx").then((module) => ({ default: module.IngestPage })),
);
export const ArchiveImportPage = lazy(() =>
  import("../archive-import/archive-import-page.tsx").then((module) => ({ default: module.ArchiveImportPage })),
);
export const MetricsPage = lazy(() =>
  import("../metrics/metrics-page.tsx").then((module) => ({ default: module.MetricsPage })),
);
export const TeamSettingsPage = lazy(() =>
  import("../settings/team-settings-page.tsx").then((module) => ({ default: module.TeamSettingsPage })),
);
export const SourcesPage = lazy(() =>
  import("../sources/sources-page.tsx").then((module) => ({ default: module.SourcesPage })),
);
export const AuditPage = lazy(() =>
  import("../audit/audit-page.tsx").then((module) => ({ default: module.AuditPage })),
);
export const ClaimTimelinePage = lazy(() =>
  import("../audit/claim-timeline-page.tsx").then((module) => ({ default: module.ClaimTimelinePage })),
);
export const NewsroomPage = lazy(() =>
  import("../newsroom/newsroom-page.tsx").then((module) => ({ default: module.NewsroomPage })),
);
export const DeliveriesPage = lazy(() =>
  import("../newsroom/deliveries-page.tsx").then((module) => ({ default: module.DeliveriesPage })),
);
export const VerifyEmailPage = lazy(() =>
  import("../verify-email/verify-email-page.tsx").then((module) => ({ default: module.VerifyEmailPage })),
);
export const LoginPage = lazy(() => import("../auth/login-page.tsx").then((module) => ({ default: module.LoginPage })));
export const ChangePasswordPage = lazy(() =>
  import("../auth/change-password-page.tsx").then((module) => ({ default: module.ChangePasswordPage })),
);
export const TotpRequiredPage = lazy(() =>
  import("../account/totp-required-page.tsx").then((module) => ({ default: module.TotpRequiredPage })),
);
export const MyAccountPage = lazy(() =>
  import("../account/my-account-page.tsx").then((module) => ({ default: module.MyAccountPage })),
);
export const AccountsPage = lazy(() =>
  import("../accounts/accounts-page.tsx").then((module) => ({ default: module.AccountsPage })),
);

/**
 * Most visits land on the queue: fetch its chunk while the dictionary and its rows load, rather
 * than after them (a browser fetches a module once, so the later `lazy` call reuses it). Settles
 * when the chunk is in, or failed (the `lazy` screen then tries again and reports the failure).
 */
export async function preloadLandingScreen(pathname: string): Promise<void> {
  if (pathname === "/") await loadQueue().catch(() => undefined);
}
