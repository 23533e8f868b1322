import { createDb } from "@tekser/db";
import { JobQueue } from "@tekser/jobs";
import { BACKGROUND_JOBS } from "./background-jobs.ts";
import { prepareSigningKey } from "./publish/signing-key-store.ts";

/**
 * Start-up work only the tables' owner may do, run between the migrations and the application
 * role's grants: pg-boss's schema and queues, and the published signing key. Returns the PEM the
 * application signs with.
 */
export async function prepareAsOwner(
  ownerUrl: string,
  signing: { configuredPem?: string | undefined; keyFile: string },
): Promise<string> {
  await JobQueue.install(ownerUrl, BACKGROUND_JOBS);
  const ownerDb = createDb(ownerUrl);
  try {
    return await prepareSigningKey(ownerDb, signing);
  } finally {
    await ownerDb.$disconnect();
  }
}
