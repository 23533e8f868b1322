import type { TRole } from "./enums.ts";

/**
 * Which roles may do what: the server's procedure builders and the web's screens both read this
 * (the server decides; the web only hides what the server would refuse).
 */
export const PERMISSIONS = {
  /** Ingest and sources, writing verdicts, merging and splitting claims. */
  review: ["reviewer", "admin"],
  /** The second person of four-eyes (reviewers only when the team allows it, checked by the server). */
  secondReview: ["editor", "reviewer", "admin"],
  /** Assignment, soft locks, priority, closing and reopening, comments. Also who may be given claims. */
  work: ["reviewer", "editor", "admin"],
  /** Publishing and correcting notices, newsrooms and their deliveries. */
  publish: ["editor", "admin"],
  /** The decision log and its export. */
  audit: ["auditor", "admin"],
  /** Tagging claims, one or many at once. */
  tag: ["reviewer", "editor", "admin"],
  /** Accounts, team settings, the team's tags, review checklist and verdict scale. */
  administer: ["admin"],
  /** Reading the desk's work. */
  staff: ["reviewer", "editor", "auditor", "admin"],
  /** Importing the desk's archive of past fact-checks: verdicts enter without four-eyes. */
  importArchive: ["editor", "admin"],
} as const satisfies Record<string, readonly [TRole, ...TRole[]]>;

export type TPermission = keyof typeof PERMISSIONS;

export function hasPermission(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
