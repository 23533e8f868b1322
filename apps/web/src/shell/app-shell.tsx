import type { TSessionUser } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Suspense } from "react";
import { Link, useLocation } from "wouter";
import { can } from "../auth/roles.ts";
import { t } from "../i18n/t.ts";
import { forgetSessionData, useTRPC } from "../trpc.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { NotificationBell } from "./notification-bell.tsx";
import { Loading } from "./status-pages.tsx";
import { useLiveUpdates } from "./use-live-updates.ts";
import { useShellMenu } from "./use-shell-menu.ts";

/**
 * Header with the signed-in user and logout; sidebar with only the screens the role may use. On a
 * narrow screen both fold behind the header's menu button (styles.css, "Narrow screens").
 */
export function AppShell({
  me,
  children,
  showNav = true,
}: {
  me: TSessionUser;
  children: React.ReactNode;
  showNav?: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [location, navigate] = useLocation();
  const menu = useShellMenu(location);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        forgetSessionData(queryClient);
        navigate("/login", { replace: true });
      },
    }),
  );

  const links = [
    { to: "/", label: t("nav.queue"), show: true },
    { to: "/search", label: t("nav.search"), show: true },
    { to: "/ingest", label: t("nav.ingest"), show: can.ingest(me.role) },
    { to: "/import", label: t("nav.archiveImport"), show: can.importArchive(me.role) },
    { to: "/metrics", label: t("nav.metrics"), show: true },
    { to: "/sources", label: t("nav.sources"), show: can.ingest(me.role) },
    { to: "/audit", label: t("nav.audit"), show: can.audit(me.role) },
    { to: "/newsrooms", label: t("nav.newsrooms"), show: can.newsrooms(me.role) },
    { to: "/deliveries", label: t("nav.deliveries"), show: can.newsrooms(me.role) },
    { to: "/settings", label: t("nav.settings"), show: me.role === "admin" },
    { to: "/accounts", label: t("nav.accounts"), show: can.administer(me.role) },
    { to: "/account", label: t("nav.myAccount"), show: true },
  ].filter((link) => link.show);

  return (
    <div className={`shell${showNav ? "" : " shell-bare"}${menu.open ? " menu-open" : ""}`}>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
        {showNav ? <LiveBadge /> : null}
        {showNav ? <NotificationBell /> : null}
        <button
          type="button"
          ref={menu.button}
          className="btn btn-ghost menu-button"
          aria-expanded={menu.open}
          aria-controls={showNav ? "shell-tools shell-nav" : "shell-tools"}
          onClick={menu.toggle}
        >
          <span aria-hidden="true">☰</span> {t("shell.menu")}
        </button>
        <div className="topbar-tools" id="shell-tools">
          <LanguageSwitcher signedIn />
          <div className="user-box" data-testid="current-user">
            <span className="visually-hidden">{t("auth.signedInAs")}</span>
            <span className="user-name">{me.displayName}</span>
            <span className={`role-badge role-${me.role}`} data-testid="current-role">
              {t(`role.${me.role}`)}
            </span>
            <button type="button" className="btn btn-ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t("auth.logout")}
            </button>
          </div>
        </div>
      </header>
      {showNav ? (
        <nav className="sidebar" id="shell-nav" aria-label={t("nav.label")}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={(active) => (active ? "nav-link active" : "nav-link")}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="sidebar-foot">
            <span className="muted small">{t("nav.feeds")}</span>
            <a href="/feed.xml" target="_blank" rel="noreferrer" className="small">
              feed.xml
            </a>
            <a href="/feed.json" target="_blank" rel="noreferrer" className="small">
              feed.json
            </a>
            <a href="/corrections" target="_blank" rel="noreferrer" className="small">
              corrections
            </a>
          </div>
        </nav>
      ) : null}
      <main className="content" id="main">
        {/* A screen's chunk loads under the header, which stays in place. One boundary per path:
            a boundary reused across screens would keep the previous screen mounted (hidden) while
            the next one loads, and its pending timers (a debounced filter) could navigate back. */}
        <Suspense key={location} fallback={<Loading />}>
          {children}
        </Suspense>
      </main>
    </div>
  );
}

/** Shows whether realtime updates are flowing; mounted only for a fully signed-in user. */
function LiveBadge() {
  const status = useLiveUpdates();
  return (
    <span className={`live-badge live-${status}`} data-testid="live-status" data-status={status}>
      {t(status === "live" ? "shell.live" : "shell.offline")}
    </span>
  );
}
