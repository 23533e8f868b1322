import type { TSubmitTipInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordTip } from "./tip-intake.ts";
import { isOverTipLimit, senderPseudonym } from "./tip-senders.ts";
import { tiplineSettings } from "./tipline-settings.ts";

/**
 * A tip from the public /submit form, on the same path as a Telegram tip. The client is a
 * pseudonymous sender (HMAC of its address), which is what the per-client limit counts; the
 * address itself is not stored. A web sender cannot be messaged: the contact, when given, is
 * for the desk.
 */
export async function submitWebTip(
  db: Db,
  clientAddress: string,
  input: TSubmitTipInput,
  mediaRefs: string[] = [],
): Promise<"accepted" | "too-many"> {
  const { senderKey } = await tiplineSettings(db);
  const pseudonym = senderPseudonym(senderKey, "web", clientAddress);
  const sender = await db.tipSender.upsert({
    where: { pseudonym },
    create: { pseudonym, channel: "web", lang: input.lang, consent: false },
    update: { lang: input.lang },
    select: { id: true },
  });
  if (await isOverTipLimit(db, sender.id)) return "too-many";
  const text = [input.text, input.link].filter((part) => part !== "").join("\n");
  await recordTip(db, {
    channel: "web",
    senderId: sender.id,
    lang: input.lang,
    text,
    links: input.link ? [input.link] : [],
    mediaRefs,
    forwardedFrom: null,
    sentAt: new Date(),
    contact: input.contact || null,
  });
  return "accepted";
}
