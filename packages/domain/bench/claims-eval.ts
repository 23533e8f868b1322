/**
 * `pnpm bench:claims`: pairwise precision and recall of claim clustering on the evaluation set
 * (packages/claims/eval), measured through the shipped ingest path on a fresh database: every
 * document of the part is ingested as production ingests it, then each item's claim is read back.
 * Default part: held-out, followed by the scale benchmark (claims-scale.ts).
 *   --part dev    the development part (no scale benchmark)
 *   --mistakes    lists the misclassified pairs; refused for the held-out part, so nobody tunes on it
 *   --eval-only   skips the scale benchmark; other arguments (--million) go to it
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  labelledPairs,
  loadPart,
  PARTS,
  type LabelledPair,
  type Part,
  type PairSection,
  type TEvalItem,
  type TEvalPart,
} from "@tekser/claims/eval";
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import { ingestEvalPart } from "./eval-ingest.ts";
import {
  figures,
  KIND_HEADER,
  kindTable,
  precision,
  recall,
  relationTable,
  table,
  type Mistake,
  type SectionFigures,
} from "./eval-figures.ts";

const TARGETS: Record<PairSection, { title: string; target: string; met: (s: SectionFigures) => boolean }> = {
  "same-language": {
    title: "Same-language copies",
    target: "target: recall ≥ 0.95 at precision ≥ 0.98",
    met: (s) => (recall(s.overall) ?? 0) >= 0.95 && (precision(s.overall) ?? 0) >= 0.98,
  },
  "kk-ru": {
    title: "kk↔ru translations (joined = same claim, language versions included; kind = the other side's)",
    target: "target: precision ≥ 0.95 (automatic joins), recall printed (aim ≥ 0.8)",
    met: (s) => (precision(s.overall) ?? 0) >= 0.95 && (recall(s.overall) ?? 0) >= 0.8,
  },
};

function parseArgs(argv: string[]): { part: Part; mistakes: boolean; evalOnly: boolean; rest: string[] } {
  const rest: string[] = [];
  let part: Part = "held-out";
  let mistakes = false;
  let evalOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--part") {
      const value = argv[++i];
      if (!PARTS.includes(value as Part)) throw new Error(`--part takes ${PARTS.join(" or ")}, not ${value}`);
      part = value as Part;
    } else if (arg === "--mistakes") mistakes = true;
    else if (arg === "--eval-only") evalOnly = true;
    else rest.push(arg);
  }
  return { part, mistakes, evalOnly: evalOnly || part === "dev", rest };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.mistakes && args.part === "held-out") {
    console.error(
      "--mistakes is for the development part only (--part dev): reading the held-out part's mistakes would tune the rule on it.",
    );
    return 2;
  }
  const part = loadPart(args.part);
  const pairs = labelledPairs(part);
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  let claimOf: Map<string, string | null>;
  const started = performance.now();
  try {
    const ingested = await ingestEvalPart(database.db, part);
    claimOf = new Map(ingested.map((item) => [item.evalId, item.claimId]));
    const texts = args.mistakes ? await textsOf(database.db, ingested) : new Map<string, string>();
    const { sections, mistakes } = figures(pairs, claimOf);
    const claims = new Set([...claimOf.values()].filter((id) => id !== null)).size;
    console.log(
      `Claims evaluation, ${args.part} part: ${part.groups.length} groups, ${part.items.length} items ingested in ${((performance.now() - started) / 1000).toFixed(1)} s → ${claims} claims; ${pairs.length} labelled pairs`,
    );
    console.log(
      `Ingest order: in ${copyFirstGroups(part)} of ${part.groups.length} groups a copy came before the original.`,
    );
    for (const section of ["same-language", "kk-ru"] as const) printSection(section, sections.get(section));
    if (args.mistakes) printMistakes(mistakes, texts);
  } finally {
    await database.drop();
    await server.stop();
  }
  if (!args.evalOnly) {
    console.log("\nScale benchmark (claims-scale.ts):");
    const scale = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(new URL("./claims-scale.ts", import.meta.url)), ...args.rest],
      { stdio: "inherit" },
    );
    return scale.status ?? 1;
  }
  return 0;
}

function printSection(section: PairSection, figures: SectionFigures | undefined): void {
  const { title, target, met } = TARGETS[section];
  console.log(`\n${title}`);
  if (!figures) return void console.log("  no pairs");
  console.log(table(KIND_HEADER, kindTable(figures)));
  console.log(table(["near misses and unrelated", "different pairs", "wrongly joined"], relationTable(figures)));
  console.log(`${target} → ${met(figures) ? "met" : "NOT met"}`);
}

function printMistakes(mistakes: Mistake[], texts: Map<string, string>): void {
  const describe = (id: string) => `${id}  «${(texts.get(id) ?? "").replace(/\s+/g, " ").slice(0, 90)}»`;
  const byLabel = (joined: boolean) => mistakes.filter((mistake) => mistake.joined === joined).map(({ pair }) => pair);
  const list = (heading: string, pairs: LabelledPair[]) => {
    console.log(`\n${heading}: ${pairs.length}`);
    for (const pair of pairs)
      console.log(
        `- [${pair.section} ${pair.kind} ${pair.relation}]\n    ${describe(pair.a)}\n    ${describe(pair.b)}`,
      );
  };
  list("Missed (same claim, not joined)", byLabel(false));
  list("Wrongly joined (different claims)", byLabel(true));
}

function copyFirstGroups(part: TEvalPart): number {
  const first = new Map<string, TEvalItem>();
  for (const item of [...part.items].sort((a, b) => a.order - b.order))
    if (!first.has(item.group)) first.set(item.group, item);
  return [...first.values()].filter((item) => item.kind !== "original").length;
}

async function textsOf(
  db: Parameters<typeof ingestEvalPart>[0],
  ingested: Awaited<ReturnType<typeof ingestEvalPart>>,
): Promise<Map<string, string>> {
  const rows = await db.item.findMany({
    where: { id: { in: ingested.map((item) => item.itemId) } },
    select: { id: true, text: true },
  });
  const textOf = new Map(rows.map((row) => [row.id, row.text]));
  return new Map(ingested.map((item) => [item.evalId, textOf.get(item.itemId) ?? ""]));
}

// The embedded PostgreSQL's exit hook ends the process with code 0 whatever exitCode says: exit
// explicitly so a refused run fails in scripts and CI.
process.exit(await main());
