import type { TMailStatus, TUpdateMailSettingsInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

const ROW = "mail";
const settingsSelect = {
  host: true,
  port: true,
  secure: true,
  username: true,
  password: true,
  fromAddress: true,
} as const;

export interface MailSettings {
  host: string | null;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
  fromAddress: string | null;
}

const DEFAULTS: MailSettings = {
  host: null,
  port: 587,
  secure: false,
  username: null,
  password: null,
  fromAddress: null,
};

/** The desk's SMTP settings, password included: for the sender only, never for a response. */
export async function mailSettings(db: Db): Promise<MailSettings> {
  return (await db.mailSettings.findUnique({ where: { id: ROW }, select: settingsSelect })) ?? DEFAULTS;
}

function shown({ password, ...settings }: MailSettings): TMailStatus {
  return { ...settings, passwordSet: password !== null };
}

export async function mailStatus(db: Db): Promise<TMailStatus> {
  return shown(await mailSettings(db));
}

/**
 * Changes the SMTP settings; "" clears a text field. The audit event records whether the password
 * changed, never its value.
 */
export async function updateMailSettings(db: Db, actor: Actor, patch: TUpdateMailSettingsInput): Promise<TMailStatus> {
  const data = {
    ...(patch.host !== undefined ? { host: patch.host || null } : {}),
    ...(patch.port !== undefined ? { port: patch.port } : {}),
    ...(patch.secure !== undefined ? { secure: patch.secure } : {}),
    ...(patch.username !== undefined ? { username: patch.username || null } : {}),
    ...(patch.password !== undefined ? { password: patch.password || null } : {}),
    ...(patch.fromAddress !== undefined ? { fromAddress: patch.fromAddress || null } : {}),
  };
  return db.$transaction(async (tx) => {
    const before = (await tx.mailSettings.findUnique({ where: { id: ROW }, select: settingsSelect })) ?? DEFAULTS;
    const after = await tx.mailSettings.upsert({
      where: { id: ROW },
      create: { id: ROW, ...data },
      update: data,
      select: settingsSelect,
    });
    const passwordChanged = before.password !== after.password;
    await recordAudit(tx, actor, {
      action: "mail.settings",
      subjectType: "mail",
      subjectId: ROW,
      before: shown(before),
      after: { ...shown(after), passwordChanged },
    });
    return shown(after);
  });
}
