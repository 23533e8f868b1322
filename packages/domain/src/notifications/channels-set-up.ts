import type { Tx, Db } from "@tekser/db";

/** Which delivery channels the desk has configured: SMTP for e-mail, the tipline's bot for Telegram. */
export async function channelsSetUp(db: Tx | Db): Promise<{ email: boolean; telegram: boolean }> {
  const [mail, tipline] = await Promise.all([
    db.mailSettings.findUnique({ where: { id: "mail" }, select: { host: true, fromAddress: true } }),
    db.tiplineSettings.findUnique({ where: { id: "tipline" }, select: { botToken: true } }),
  ]);
  return { email: Boolean(mail?.host && mail.fromAddress), telegram: Boolean(tipline?.botToken) };
}
