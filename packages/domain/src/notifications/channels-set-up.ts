import type { SqlRunner } from "@tekser/db";

/** Which delivery channels the desk has configured: SMTP for e-mail, the tipline's bot for Telegram. */
export async function channelsSetUp(db: SqlRunner): Promise<{ email: boolean; telegram: boolean }> {
  const [row] = await db.$queryRaw<{ email: boolean; telegram: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "MailSettings" WHERE "host" IS NOT NULL AND "fromAddress" IS NOT NULL) AS "email",
           EXISTS (SELECT 1 FROM "TiplineSettings" WHERE "botToken" IS NOT NULL) AS "telegram"`;
  return row ?? { email: false, telegram: false };
}
