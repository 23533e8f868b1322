import type { TRole } from "@tekser/contracts";

/**
 * Which screens and actions a role sees; mirrors the procedure builders in packages/api/src/trpc.ts
 * (the server still decides: these only hide what would be refused).
 */
export const can = {
  ingest: (role: TRole) => role === "reviewer" || role === "admin",
  audit: (role: TRole) => role === "auditor" || role === "admin",
  setVerdict: (role: TRole) => role === "reviewer" || role === "admin",
  secondReview: (role: TRole) => role === "editor" || role === "reviewer" || role === "admin",
  publish: (role: TRole) => role === "editor" || role === "admin",
  newsrooms: (role: TRole) => role === "editor" || role === "admin",
  mergeSplit: (role: TRole) => role === "reviewer" || role === "admin",
  /** Assignment, soft locks, priority, closing, comments (workerProcedure). */
  work: (role: TRole) => role === "reviewer" || role === "editor" || role === "admin",
};
