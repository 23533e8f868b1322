import { hasPermission, type TRole } from "@tekser/contracts";

/**
 * Which screens and actions a role sees, read from the permissions table the server's procedure
 * builders use (the server still decides: these only hide what would be refused).
 */
export const can = {
  ingest: (role: TRole) => hasPermission(role, "review"),
  audit: (role: TRole) => hasPermission(role, "audit"),
  setVerdict: (role: TRole) => hasPermission(role, "review"),
  secondReview: (role: TRole) => hasPermission(role, "secondReview"),
  publish: (role: TRole) => hasPermission(role, "publish"),
  newsrooms: (role: TRole) => hasPermission(role, "publish"),
  mergeSplit: (role: TRole) => hasPermission(role, "review"),
  /** Assignment, soft locks, priority, closing, comments (workerProcedure). */
  work: (role: TRole) => hasPermission(role, "work"),
  /** Tagging claims, one or many (the bulk bar). */
  tag: (role: TRole) => hasPermission(role, "tag"),
  /** Accounts and team settings. */
  administer: (role: TRole) => hasPermission(role, "administer"),
  /** Importing the desk's archive of past fact-checks. */
  importArchive: (role: TRole) => hasPermission(role, "importArchive"),
};
