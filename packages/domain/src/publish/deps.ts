import type { JobQueue } from "@tekser/jobs";

/**
 * What publishing needs beyond the database: the configured signing key (PEM kept outside the
 * database, or undefined to use the stored one; audit checkpoints are signed with it too) and the
 * job queue that delivers webhooks
 * (null where no queue runs, e.g. loading demo data before any webhook exists).
 */
export interface PublishingDeps {
  signingKeyPem?: string | undefined;
  jobs: JobQueue | null;
}

export const NO_QUEUE: PublishingDeps = { jobs: null };
