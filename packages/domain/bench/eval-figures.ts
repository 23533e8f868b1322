/** Pairwise precision and recall of the claims the ingest path formed, over the labelled pairs. */
import { COPY_KINDS, type LabelledPair, type PairSection } from "@tekser/claims/eval";

export interface Tally {
  positives: number;
  joined: number;
  negatives: number;
  wronglyJoined: number;
}

export interface SectionFigures {
  overall: Tally;
  byKind: Map<string, Tally>;
  byRelation: Map<string, Tally>;
}

export interface Mistake {
  pair: LabelledPair;
  joined: boolean;
}

const empty = (): Tally => ({ positives: 0, joined: 0, negatives: 0, wronglyJoined: 0 });

export function figures(
  pairs: readonly LabelledPair[],
  claimOf: ReadonlyMap<string, string | null>,
): { sections: Map<PairSection, SectionFigures>; mistakes: Mistake[] } {
  const sections = new Map<PairSection, SectionFigures>();
  const mistakes: Mistake[] = [];
  for (const pair of pairs) {
    const a = claimOf.get(pair.a);
    const b = claimOf.get(pair.b);
    if (a === undefined || b === undefined) throw new Error(`no stored item for ${a === undefined ? pair.a : pair.b}`);
    const joined = a !== null && a === b;
    const section = sections.get(pair.section) ?? { overall: empty(), byKind: new Map(), byRelation: new Map() };
    sections.set(pair.section, section);
    const kind = section.byKind.get(pair.kind) ?? empty();
    section.byKind.set(pair.kind, kind);
    const relation = section.byRelation.get(pair.relation) ?? empty();
    section.byRelation.set(pair.relation, relation);
    for (const tally of [section.overall, kind, relation]) {
      if (pair.same) {
        tally.positives++;
        if (joined) tally.joined++;
      } else {
        tally.negatives++;
        if (joined) tally.wronglyJoined++;
      }
    }
    if (joined !== pair.same) mistakes.push({ pair, joined });
  }
  return { sections, mistakes };
}

export const precision = (t: Tally) =>
  t.joined + t.wronglyJoined === 0 ? null : t.joined / (t.joined + t.wronglyJoined);
export const recall = (t: Tally) => (t.positives === 0 ? null : t.joined / t.positives);

const fixed = (value: number | null) => (value === null ? "–" : value.toFixed(3));

/** One row per copy kind (in the set's order), then the overall row. */
export function kindTable(section: SectionFigures): string[][] {
  const rows = COPY_KINDS.flatMap((kind) => {
    const tally = section.byKind.get(kind);
    return tally ? [row(kind, tally)] : [];
  });
  return [...rows, row("overall", section.overall)];
}

function row(label: string, t: Tally): string[] {
  return [
    label,
    String(t.positives),
    String(t.joined),
    fixed(recall(t)),
    String(t.negatives),
    String(t.wronglyJoined),
    fixed(precision(t)),
  ];
}

export const KIND_HEADER = ["kind", "same pairs", "joined", "recall", "different pairs", "wrongly joined", "precision"];

export function relationTable(section: SectionFigures): string[][] {
  return [...section.byRelation]
    .filter(([relation]) => relation !== "same-claim")
    .map(([relation, t]) => [relation, String(t.negatives), String(t.wronglyJoined)]);
}

export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
