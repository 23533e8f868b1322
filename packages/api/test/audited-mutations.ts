import { ACCOUNT_MUTATIONS } from "./audited-mutations/accounts.ts";
import { CLAIM_MUTATIONS } from "./audited-mutations/claims.ts";
import { NEWSROOM_MUTATIONS, PUBLISHING_MUTATIONS } from "./audited-mutations/publishing.ts";
import { TIPLINE_MUTATIONS } from "./audited-mutations/tipline.ts";
import { WORKFLOW_MUTATIONS } from "./audited-mutations/workflow.ts";
import { TAG_CHECKLIST_MUTATIONS } from "./audited-mutations/tags-checklists.ts";
import { VERDICT_SCALE_MUTATIONS } from "./audited-mutations/verdict-scale.ts";
import { ARCHIVE_IMPORT_MUTATIONS } from "./audited-mutations/archive-import.ts";
import { NOTIFICATION_MUTATIONS } from "./audited-mutations/notifications.ts";
import type { MutationCase } from "./audited-mutations/world.ts";

export { buildAuditWorld, type AuditWorld, type MutationCase } from "./audited-mutations/world.ts";

/**
 * Every tRPC mutation and how to call it. audit-coverage.integration.test.ts fails when a
 * mutation is missing here or its call writes no event: adding a mutation means adding a row
 * in its domain's file. The cases run in this order; newsroom last (see NEWSROOM_MUTATIONS).
 */
export const AUDITED_MUTATIONS: Record<string, MutationCase> = {
  ...ACCOUNT_MUTATIONS,
  ...CLAIM_MUTATIONS,
  ...WORKFLOW_MUTATIONS,
  ...PUBLISHING_MUTATIONS,
  ...TIPLINE_MUTATIONS,
  ...TAG_CHECKLIST_MUTATIONS,
  ...VERDICT_SCALE_MUTATIONS,
  ...ARCHIVE_IMPORT_MUTATIONS,
  ...NOTIFICATION_MUTATIONS,
  ...NEWSROOM_MUTATIONS,
};
