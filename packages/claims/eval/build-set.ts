/**
 * Builds the evaluation set (`pnpm --filter @tekser/claims eval:build`): every group with its
 * rendered documents, an ingest order, and the development / held-out split, written to dev.json
 * and held-out.json. Deterministic: the same sources give the same bytes. Rebuilding is for
 * adding material; the split of a group never changes (see partOfFamily and README.md).
 */
import { writeFileSync } from "node:fs";
import { PostNumbers } from "./copies.ts";
import {
  labelledPairs,
  partFile,
  partOfFamily,
  PARTS,
  type Part,
  type TEvalGroup,
  type TEvalItem,
  type TEvalPart,
} from "./eval-set.ts";
import type { PlannedGroup } from "./planned-group.ts";
import { realGroups } from "./real-groups.ts";
import { seededRandom } from "./random.ts";
import { numberWordGroups, writtenGroups } from "./written-groups.ts";

const NOTE = {
  dev: "Development part: tune and inspect mistakes here.",
  "held-out": "Held-out part: measure only. Never tune on it and never read its mistakes (README.md).",
} as const;

/** Share of groups where the desk meets a copy before the original. */
const COPY_FIRST_SHARE = 0.25;

export function buildParts(): Record<Part, TEvalPart> {
  const numbers = new PostNumbers();
  const planned = [...writtenGroups(numbers), ...realGroups(numbers), ...numberWordGroups(numbers)];
  const ids = new Set<string>();
  for (const group of planned) {
    if (ids.has(group.id)) throw new Error(`two groups are called ${group.id}`);
    ids.add(group.id);
  }
  const parts = Object.fromEntries(
    PARTS.map((part) => [part, { part, note: NOTE[part], groups: [] as TEvalGroup[], items: [] as TEvalItem[] }]),
  ) as Record<Part, TEvalPart>;
  const timed = planned.flatMap((group) => {
    const part = partOfFamily(group.family);
    const { items, ...meta } = group;
    parts[part].groups.push(meta);
    return seenTimes(group).map(({ item, seenAt }, index) => ({
      part,
      seenAt,
      item: { ...item, id: `${group.id}#${index}-${item.kind}`, group: group.id },
    }));
  });
  timed.sort((x, y) => x.seenAt - y.seenAt || (x.item.id < y.item.id ? -1 : 1));
  for (const { part, item } of timed) {
    parts[part].items.push({
      id: item.id,
      group: item.group,
      kind: item.kind,
      lang: item.lang,
      order: parts[part].items.length,
      publishedAt: item.publishedAt,
      document: item.document,
    });
  }
  return parts;
}

/**
 * When the desk meets each item: at its publication, except that in some groups the original is
 * met only after a copy or two (a channel's repost reaches the desk before the outlet's page).
 */
function seenTimes(group: PlannedGroup): { item: PlannedGroup["items"][number]; seenAt: number }[] {
  const random = seededRandom(`order:${group.id}`);
  const seen = group.items.map((item) => ({ item, seenAt: Date.parse(item.publishedAt) }));
  const original = seen.find(({ item }) => item.kind === "original");
  const copies = seen.filter(({ item }) => item.kind !== "original").sort((x, y) => x.seenAt - y.seenAt);
  if (original && copies.length > 1 && random.chance(COPY_FIRST_SHARE)) {
    const before = copies[random.int(0, Math.min(2, copies.length - 1))] as { seenAt: number };
    original.seenAt = before.seenAt + 60_000;
  }
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const parts = buildParts();
  for (const part of PARTS) {
    writeFileSync(partFile(part), `${JSON.stringify(parts[part], null, 1)}\n`);
    const pairs = labelledPairs(parts[part]);
    const same = pairs.filter((pair) => pair.same).length;
    console.log(
      `${part}: ${parts[part].groups.length} groups, ${parts[part].items.length} items, ${pairs.length} labelled pairs (${same} same claim, ${pairs.length - same} different)`,
    );
  }
}
