import { randomBytes } from "node:crypto";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

const ROW = "tipline";
const settingsSelect = { botToken: true, apiBaseUrl: true, senderKey: true, updateOffset: true } as const;

export interface TiplineSettings {
  botToken: string | null;
  apiBaseUrl: string;
  senderKey: string;
  updateOffset: bigint;
}

/** The tipline's row, created on first use with a fresh random sender key. */
export async function tiplineSettings(db: Db): Promise<TiplineSettings> {
  const existing = await db.tiplineSettings.findUnique({ where: { id: ROW }, select: settingsSelect });
  if (existing) return existing;
  return db.tiplineSettings.upsert({
    where: { id: ROW },
    create: { id: ROW, senderKey: randomBytes(32).toString("base64url") },
    update: {},
    select: settingsSelect,
  });
}

/** What the dashboard may show: whether a token is set, never the token. */
export async function tiplineStatus(db: Db): Promise<{ botTokenSet: boolean; apiBaseUrl: string }> {
  const settings = await tiplineSettings(db);
  return { botTokenSet: settings.botToken !== null, apiBaseUrl: settings.apiBaseUrl };
}

/**
 * Sets the bot token (null removes it) and the Bot API address. The audit event records that
 * the token changed, never its value. A new token starts reading updates from the beginning.
 */
export async function updateTiplineSettings(db: Db, actor: Actor, patch: { botToken?: string | null; apiBaseUrl?: string }): Promise<{ botTokenSet: boolean; apiBaseUrl: string }> {
  const before = await tiplineSettings(db);
  const tokenChanged = patch.botToken !== undefined && patch.botToken !== before.botToken;
  return db.$transaction(async (tx) => {
    const after = await tx.tiplineSettings.update({
      where: { id: ROW },
      data: { ...patch, ...(tokenChanged ? { updateOffset: 0n } : {}) },
      select: settingsSelect,
    });
    const shown = (settings: TiplineSettings) => ({ botTokenSet: settings.botToken !== null, apiBaseUrl: settings.apiBaseUrl });
    await recordAudit(tx, actor, { action: "tipline.settings", subjectType: "tipline", subjectId: ROW, before: shown(before), after: { ...shown(after), tokenChanged } });
    return shown(after);
  });
}

/** Stores the offset after a batch of updates is handled, so none is handled twice. */
export async function saveUpdateOffset(db: Db, offset: bigint): Promise<void> {
  await db.tiplineSettings.update({ where: { id: ROW }, data: { updateOffset: offset } });
}
