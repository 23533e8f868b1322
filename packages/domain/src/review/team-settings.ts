import type { TTeamSettings } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

const TEAM = "team";
const settingsSelect = { reviewersMayApprove: true, lockMinutes: true, requireTotpForAdminsAndEditors: true } as const;

/** The team's review rules; defaults (reviewers may approve, 15-minute locks) until an admin changes them. */
export async function teamSettings(db: Db | Tx): Promise<TTeamSettings> {
  const row = await db.teamSettings.findUnique({ where: { id: TEAM }, select: settingsSelect });
  return row ?? { reviewersMayApprove: true, lockMinutes: 15, requireTotpForAdminsAndEditors: false };
}

export async function updateTeamSettings(db: Db, actor: Actor, patch: Partial<TTeamSettings>): Promise<TTeamSettings> {
  return db.$transaction(async (tx) => {
    const before = await teamSettings(tx);
    const after = await tx.teamSettings.upsert({
      where: { id: TEAM },
      create: { id: TEAM, ...before, ...patch },
      update: patch,
      select: settingsSelect,
    });
    await recordAudit(tx, actor, { action: "settings.update", subjectType: "team", subjectId: TEAM, before, after });
    return after;
  });
}
