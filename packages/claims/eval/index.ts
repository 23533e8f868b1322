export { labelledPairs, loadPart, partOfFamily, PARTS } from "./eval-set.ts";
export type { LabelledPair, PairRelation, PairSection, Part, TEvalGroup, TEvalItem, TEvalPart } from "./eval-set.ts";
export { COPY_KINDS, NEAR_MISS_KINDS } from "./kinds.ts";
export type { CopyKind, NearMissKind } from "./kinds.ts";
export { KAZAKH_STORIES } from "./stories/kk.ts";
export { RUSSIAN_STORIES } from "./stories/ru.ts";
