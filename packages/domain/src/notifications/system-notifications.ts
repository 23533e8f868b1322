import { PERMISSIONS } from "@tekser/contracts";
import type { SqlRunner } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { notifyUsers } from "./notification-create.ts";

/** A source is reported after this many failed polls in a row, once per run of failures. */
export const SOURCE_FAILURES_REPORTED_AT = 3;

/** The people who look after sources (the ingest permission) hear that one keeps failing. */
export async function notifySourceFailing(
  tx: SqlRunner,
  actor: Actor,
  source: { name: string; failures: number },
): Promise<void> {
  const people = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "User" WHERE "active" AND "role"::text = ANY(${[...PERMISSIONS.review]}::text[])`;
  await notifyUsers(
    tx,
    actor,
    people.map((person) => ({
      userId: person.id,
      kind: "sourceFailing" as const,
      detail: { sourceName: source.name, failures: source.failures },
    })),
  );
}

/**
 * A claim judged fake that new copies joined: its assignee, the verdict's author and its second
 * reviewer are told, since a fake that spreads again may need a new notice or a correction.
 */
export async function notifyFakeResurfaced(tx: SqlRunner, actor: Actor, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  const rows = await tx.$queryRaw<{ claimId: string; title: string; people: (string | null)[] }[]>`
    SELECT c."id"::text AS "claimId", c."title",
           ARRAY[c."assigneeId"::text, r."authorId"::text, r."approverId"::text] AS "people"
    FROM "Claim" c
    LEFT JOIN LATERAL (SELECT "authorId", "approverId" FROM "Review" WHERE "claimId" = c."id" AND "status" = 'approved' ORDER BY "decidedAt" DESC LIMIT 1) r ON true
    WHERE c."id" = ANY(${[...claimIds]}::uuid[]) AND c."verdict" = 'fake'`;
  await notifyUsers(
    tx,
    actor,
    rows.flatMap((row) =>
      row.people.flatMap((userId) =>
        userId
          ? [{ userId, kind: "fakeResurfaced" as const, claimId: row.claimId, detail: { claimTitle: row.title } }]
          : [],
      ),
    ),
  );
}
