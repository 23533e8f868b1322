import type { TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { PublishingDeps } from "@tekser/domain/publish/deps.ts";
import type { ChangeHub } from "@tekser/domain/shared/change-feed.ts";
import type { OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import type { PublicSite } from "@tekser/domain/publish/public-site.ts";

export interface SessionCookie {
  /** Reads the session token the client presented, if any. */
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Db;
  user: TSessionUser | null;
  cookie: SessionCookie;
  site: PublicSite;
  /** Signing key and job queue for publications, corrections and webhook deliveries. */
  publishing: PublishingDeps;
  /** Whether webhooks and sources may point at private addresses (TEKSER_ALLOW_PRIVATE_URLS). */
  outbound: OutboundPolicy;
  /** This process's feed of committed changes (from every instance), for realtime subscriptions. */
  changes: ChangeHub;
  /** Client address for the audit trail of logins. */
  clientAddress: string | null;
  /** The HTTP request's id: the reference an internal error's response and log line share. */
  requestId?: string;
}
