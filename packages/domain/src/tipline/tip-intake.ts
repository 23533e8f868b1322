import { detectLanguage, newItem } from "@tekser/ingest";
import type { Db } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { ingestInputs } from "../ingest/ingest.ts";
import type { TTipLang } from "./tipline-texts.ts";

/** The site every tip item carries: tips are told apart from published copies by it and by kind. */
export const TIPLINE_SITE = "tipline";
const TIPLINE_ACTOR: Actor = { id: null, name: "tipline", role: null };

export interface NewTip {
  channel: "telegram" | "web";
  senderId: string | null;
  /** The language the sender is answered in. */
  lang: TTipLang;
  text: string;
  links: string[];
  mediaRefs: string[];
  forwardedFrom: string | null;
  sentAt: Date;
  contact?: string | null;
}

/**
 * Stores a tip through the ingest path, so it is clustered like any item and lands on the claim
 * it copies. The raw document holds only the content, never who sent it; the same content sent
 * twice is one item with two tips.
 */
export async function recordTip(
  db: Db,
  tip: NewTip,
): Promise<{ tipId: string; itemId: string; claimId: string | null }> {
  const content = { text: tip.text, links: tip.links, forwardedFrom: tip.forwardedFrom };
  const item = newItem({
    kind: "tip",
    location: "$",
    site: TIPLINE_SITE,
    text: tip.text,
    lang: detectLanguage(tip.text),
    publishedAt: tip.sentAt.toISOString(),
    originalSource: tip.forwardedFrom,
    links: tip.links,
  });
  const report = await ingestInputs(
    db,
    TIPLINE_ACTOR,
    "tipline",
    [{ name: `tipline:${tip.channel}`, bytes: new TextEncoder().encode(JSON.stringify(content)) }],
    { parse: () => ({ format: "tip", items: [item], errors: [] }) },
  );
  const itemId = report.items[0]?.id;
  if (!itemId)
    throw new Error(`the tip was not stored: ${report.errors.map((error) => error.message).join("; ") || "no item"}`);
  const stored = await db.tip.create({
    data: {
      itemId,
      senderId: tip.senderId,
      channel: tip.channel,
      lang: tip.lang,
      mediaRefs: tip.mediaRefs,
      contact: tip.contact ?? null,
    },
    select: { id: true, item: { select: { claimId: true } } },
  });
  return { tipId: stored.id, itemId, claimId: stored.item.claimId };
}
