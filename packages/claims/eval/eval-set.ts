/**
 * The evaluation set as stored (dev.json, held-out.json) and the labelled pairs derived from it.
 * Same group ⇒ same claim. A near miss's items ⇒ a different claim from every item of the group
 * it resembles; each item is also paired with items of unrelated stories ⇒ different claims.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { COPY_KINDS, NEAR_MISS_KINDS, pairKind, type CopyKind, type NearMissKind } from "./kinds.ts";
import { hash32 } from "./random.ts";

export const PARTS = ["dev", "held-out"] as const;
export type Part = (typeof PARTS)[number];

const ZLang = z.enum(["kk", "ru"]);

const ZEvalItem = z.object({
  id: z.string(),
  group: z.string(),
  kind: z.enum(COPY_KINDS),
  lang: ZLang,
  /** Position in the ingest order of the part: mostly originals first, some copies before them. */
  order: z.number().int(),
  publishedAt: z.string(),
  document: z.object({ name: z.string(), format: z.string(), body: z.string() }),
});
export type TEvalItem = z.infer<typeof ZEvalItem>;

const ZEvalGroup = z.object({
  id: z.string(),
  family: z.string(),
  lang: ZLang,
  origin: z.enum(["written", "fixture", "demo"]),
  title: z.string(),
  nearMissOf: z.object({ group: z.string(), kind: z.enum(NEAR_MISS_KINDS) }).optional(),
});
export type TEvalGroup = z.infer<typeof ZEvalGroup>;

const ZEvalPart = z.object({
  part: z.enum(PARTS),
  note: z.string(),
  groups: z.array(ZEvalGroup),
  items: z.array(ZEvalItem),
});
export type TEvalPart = z.infer<typeof ZEvalPart>;

export function partFile(part: Part): URL {
  return new URL(`./${part}.json`, import.meta.url);
}

export function loadPart(part: Part): TEvalPart {
  return ZEvalPart.parse(JSON.parse(readFileSync(partFile(part), "utf8")));
}

/** Which part a family of groups belongs to: fixed by its id alone, so adding stories moves none. */
export function partOfFamily(family: string): Part {
  return hash32(`split:${family}`) / 4_294_967_296 < 0.4 ? "dev" : "held-out";
}

export type PairSection = "same-language" | "kk-ru";
export type PairRelation = "same-claim" | NearMissKind | "unrelated";

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  section: PairSection;
  /** The copy kind the pair counts under (for kk↔ru pairs: the kind of the non-translation side). */
  kind: CopyKind;
  relation: PairRelation;
}

const UNRELATED_PER_ITEM = 2;

export function labelledPairs(part: TEvalPart): LabelledPair[] {
  const itemsOf = new Map<string, TEvalItem[]>();
  for (const item of part.items) itemsOf.set(item.group, [...(itemsOf.get(item.group) ?? []), item]);
  const familyOf = new Map(part.groups.map((group) => [group.id, group.family]));
  const pairs = new Map<string, LabelledPair>();
  const add = (a: TEvalItem, b: TEvalItem, same: boolean, relation: PairRelation) => {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const key = `${first.id}|${second.id}`;
    if (pairs.has(key)) return;
    const section: PairSection = first.lang === second.lang ? "same-language" : "kk-ru";
    const kind = section === "kk-ru" ? crossLanguageKind(first, second) : pairKind(first.kind, second.kind);
    pairs.set(key, { a: first.id, b: second.id, same, section, kind, relation });
  };

  for (const members of itemsOf.values()) {
    for (const [i, a] of members.entries()) for (const b of members.slice(i + 1)) add(a, b, true, "same-claim");
  }
  for (const group of part.groups) {
    if (!group.nearMissOf) continue;
    for (const a of itemsOf.get(group.id) ?? [])
      for (const b of itemsOf.get(group.nearMissOf.group) ?? []) add(a, b, false, group.nearMissOf.kind);
  }
  // Unrelated partners: chosen by hash among other families' items of the same language (and, for
  // translations, of the other language too), so the choice is stable.
  const sorted = [...part.items].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const item of sorted) {
    const languages = item.kind === "translation" ? ["kk", "ru"] : [item.lang];
    for (const lang of languages) {
      const candidates = sorted.filter(
        (other) => other.lang === lang && familyOf.get(other.group) !== familyOf.get(item.group),
      );
      const ranked = candidates
        .map((other) => ({ other, rank: hash32(`${item.id}~${other.id}`) }))
        .sort((x, y) => x.rank - y.rank);
      for (const { other } of ranked.slice(0, UNRELATED_PER_ITEM)) add(item, other, false, "unrelated");
    }
  }
  return [...pairs.values()];
}

function crossLanguageKind(a: TEvalItem, b: TEvalItem): CopyKind {
  if (a.kind === "translation" && b.kind !== "translation") return b.kind;
  if (b.kind === "translation" && a.kind !== "translation") return a.kind;
  return pairKind(a.kind, b.kind);
}
