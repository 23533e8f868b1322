import type { TClaimTip } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";

const claimTipSelect = {
  id: true,
  itemId: true,
  channel: true,
  lang: true,
  receivedAt: true,
  acknowledgedAt: true,
  contact: true,
  sender: { select: { erasedAt: true } },
  answers: { where: { sentAt: { not: null } }, select: { sentAt: true }, orderBy: { sentAt: "asc" }, take: 1 },
} satisfies Prisma.TipSelect;

/** The tips that joined a claim, newest first; never the sender's pseudonym or chat. */
export async function tipsOfClaim(db: Db, claimId: string): Promise<TClaimTip[]> {
  const tips = await db.tip.findMany({
    where: { item: { claimId } },
    orderBy: { receivedAt: "desc" },
    select: claimTipSelect,
  });
  return tips.map((tip) => ({
    id: tip.id,
    itemId: tip.itemId,
    channel: tip.channel,
    lang: tip.lang,
    receivedAt: tip.receivedAt.toISOString(),
    acknowledged: tip.acknowledgedAt !== null,
    answeredAt: tip.answers[0]?.sentAt?.toISOString() ?? null,
    contact: tip.contact,
    senderErased: tip.sender?.erasedAt != null,
  }));
}
