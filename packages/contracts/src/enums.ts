import { z } from "zod";

export const ROLES = ["admin", "reviewer", "editor", "auditor"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ITEM_KINDS = ["article", "headline", "post", "comment", "tip"] as const;
export const ZItemKind = z.enum(ITEM_KINDS);
export type TItemKind = z.infer<typeof ZItemKind>;

/** `other` covers any language Tekser has no special handling for. */
export const LANGS = ["kk", "ru", "en", "other"] as const;
export const ZLang = z.enum(LANGS);
export type TLang = z.infer<typeof ZLang>;

/**
 * The queue's sortable columns. Beside the enums rather than the claim list's schemas, so that the
 * dashboard can read a queue URL before its first render without the claim schemas in its entry.
 */
export const CLAIM_SORTABLE = ["firstSeenAt", "priority", "status", "title", "itemCount"] as const;

export const CLAIM_STATUSES = [
  "new",
  "in_review",
  "awaiting_second_review",
  "decided",
  "published",
  "reopened",
  "closed",
] as const;
export const ZClaimStatus = z.enum(CLAIM_STATUSES);
export type TClaimStatus = z.infer<typeof ZClaimStatus>;

export const VERDICTS = ["verified", "fake", "misleading", "unverifiable"] as const;
export const ZVerdict = z.enum(VERDICTS);
export type TVerdict = z.infer<typeof ZVerdict>;

/** Verdict labels as shown to readers, per language. */
export const VERDICT_LABELS: Record<TVerdict, Record<"kk" | "ru" | "en", string>> = {
  verified: { kk: "Расталды", ru: "Подтверждено", en: "Verified" },
  fake: { kk: "Фейк", ru: "Фейк", en: "Fake" },
  misleading: { kk: "Жаңылыстырады", ru: "Вводит в заблуждение", en: "Misleading" },
  unverifiable: { kk: "Тексеру мүмкін емес", ru: "Невозможно проверить", en: "Unverifiable" },
};
