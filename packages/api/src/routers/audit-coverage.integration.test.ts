import { AUDIT_ACTIONS, isAuditAction } from "@tekser/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { AUDITED_MUTATIONS, buildAuditWorld, type AuditWorld } from "../../test/audited-mutations.ts";
import { useTestDatabase } from "../../test/harness.ts";
import { appRouter } from "../root.ts";
import { verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";

const database = useTestDatabase();

/** Every mutation path in the composed router, read from tRPC's own procedure list. */
function mutationPaths(): string[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.type === "mutation")
    .map(([path]) => path)
    .sort();
}

describe("[AUDIT][COMPLETENESS] every mutation writes an audit event", () => {
  let world: AuditWorld;
  beforeAll(async () => {
    world = await buildAuditWorld(database.db);
  });

  it("has a case for every mutation in the router (add one to test/audited-mutations.ts)", () => {
    expect(mutationPaths()).toEqual(Object.keys(AUDITED_MUTATIONS).sort());
  });

  it.each(Object.entries(AUDITED_MUTATIONS))("%s records an event", async (_path, entry) => {
    const prepared = entry.prepare ? await entry.prepare(world) : undefined;
    const before = await database.db.auditEvent.aggregate({ _max: { seq: true } });
    await entry.call(world, prepared as never);
    const written = await database.db.auditEvent.findMany({
      where: { seq: { gt: before._max.seq ?? 0n } },
      select: { action: true, actorName: true, at: true },
    });
    expect(written.map((event) => event.action)).toContain(entry.action);
  });

  it("records only actions of the vocabulary, each about the kind of record it names", async () => {
    const recorded = await database.db.auditEvent.findMany({
      distinct: ["action", "subjectType"],
      select: { action: true, subjectType: true },
    });
    const outside = recorded.filter(
      ({ action, subjectType }) => !isAuditAction(action) || AUDIT_ACTIONS[action].subject !== subjectType,
    );
    expect(outside).toEqual([]);
  });

  it("leaves an intact chain after all of them", async () => {
    expect(await verifyStoredChain(database.db)).toMatchObject({ ok: true, firstBreak: null });
  });
});
