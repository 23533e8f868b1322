import type { Lang } from "./boilerplate.ts";
import type { MadeItem } from "./copies.ts";
import type { NearMissKind } from "./kinds.ts";

/** One claim of the set with its copies, before ids, ingest order and split are assigned. */
export interface PlannedGroup {
  id: string;
  /**
   * Groups that must stay in one part: a story and its near miss (so their pairs exist), or a
   * demo rumour and the page answering it (never labelled as either same or different).
   */
  family: string;
  lang: Lang;
  origin: "written" | "fixture" | "demo";
  title: string;
  /** Set on a near miss: the group it must stay apart from, and how it resembles it. */
  nearMissOf?: { group: string; kind: NearMissKind };
  items: MadeItem[];
}
