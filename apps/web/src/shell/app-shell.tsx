import type { TSessionUser } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { can } from "../auth/roles.ts";
import { t } from "../i18n/t.ts";
import { forgetSessionData, useTRPC } from "../trpc.ts";

/** Header with the signed-in user and logout; sidebar with only the screens the role may use. */
export function AppShell({ me, children, showNav = true }: { me: TSessionUser; children: React.ReactNode; showNav?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
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
    { to: "/ingest", label: t("nav.ingest"), show: can.ingest(me.role) },
    { to: "/sources", label: t("nav.sources"), show: can.ingest(me.role) },
    { to: "/audit", label: t("nav.audit"), show: can.audit(me.role) },
  ].filter((link) => link.show);

  return (
    <div className={showNav ? "shell" : "shell shell-bare"}>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
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
      </header>
      {showNav ? (
        <nav className="sidebar" aria-label={t("nav.label")}>
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
          </div>
        </nav>
      ) : null}
      <main className="content" id="main">
        {children}
      </main>
    </div>
  );
}
