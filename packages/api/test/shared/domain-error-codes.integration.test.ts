import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { claimOf, ingestPensionTrio } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

/** The refusal as the dashboard reads it: the tRPC code, the specific code and its details. */
async function refusalWithDetails(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause as { code?: string; details?: Record<string, unknown> } | undefined;
  return { code: error.code, appCode: cause?.code, details: cause?.details ?? null };
}

describe("[SHARED][ERROR-CODES] refusals a desk meets daily carry a specific code and its details", () => {
  const database = useTestDatabase();

  it("names a missing claim, a merge into itself and an already merged claim", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await refusalWithDetails(reviewer.caller.claim.byId({ id: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "CLAIM_NOT_FOUND",
      details: { claimId: missing },
    });
    const { originalId, otherId } = await ingestPensionTrio(db);
    const pensionClaim = (await claimOf(db, originalId))!;
    const otherClaim = (await claimOf(db, otherId))!;
    expect(await refusalWithDetails(reviewer.caller.claim.merge({ sourceId: pensionClaim, targetId: pensionClaim, reason: "same" }))).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "MERGE_INTO_ITSELF",
    });
    await reviewer.caller.claim.merge({ sourceId: otherClaim, targetId: pensionClaim, reason: "Both are about pensions" });
    expect(await refusalWithDetails(reviewer.caller.claim.merge({ sourceId: otherClaim, targetId: pensionClaim, reason: "again" }))).toMatchObject({
      code: "CONFLICT",
      appCode: "CLAIM_ALREADY_MERGED",
    });
  });

  it("names the account when its role or state would not change", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor", "dana.editor");
    expect(await refusalWithDetails(admin.caller.user.setRole({ userId: editor.user.id, role: "editor", reason: "check" }))).toEqual({
      code: "CONFLICT",
      appCode: "ROLE_UNCHANGED",
      details: { username: "dana.editor", role: "editor" },
    });
    expect(await refusalWithDetails(admin.caller.user.setActive({ userId: editor.user.id, active: true, reason: "check" }))).toEqual({
      code: "CONFLICT",
      appCode: "ALREADY_ACTIVE",
      details: { username: "dana.editor" },
    });
  });
});
