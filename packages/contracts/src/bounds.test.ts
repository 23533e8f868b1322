import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as contracts from "./index.ts";
import { INPUT_BOUNDS } from "./bounds.ts";

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
};

/** Paths of number schemas inside `schema` whose upper bound is missing or beyond int4. */
function unboundedNumbers(schema: z.ZodType, path: string): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === "number") {
    const max = (schema as unknown as { maxValue: number | null }).maxValue;
    return max === null || max > INPUT_BOUNDS.maxInt4 ? [path] : [];
  }
  const children: [string, z.ZodType | undefined][] = [
    ...Object.entries(def.shape ?? {}).map(([key, child]): [string, z.ZodType] => [`${path}.${key}`, child]),
    [path, def.innerType],
    [`${path}[]`, def.element],
    [path, def.in],
    [path, def.out],
    [`${path}{}`, def.valueType],
    ...(def.options ?? []).map((option, index): [string, z.ZodType] => [`${path}|${index}`, option]),
    ...(def.items ?? []).map((item, index): [string, z.ZodType] => [`${path}[${index}]`, item]),
  ];
  return children.flatMap(([childPath, child]) => (child ? unboundedNumbers(child, childPath) : []));
}

describe("[CONTRACTS][BOUNDS] every number a client sends has an upper bound", () => {
  it("finds no unbounded number in any input schema", () => {
    const inputs = Object.entries(contracts).filter(
      ([name, value]) =>
        /^Z\w+(Input|Query)$/.test(name) && typeof value === "object" && value !== null && "_zod" in value,
    );
    expect(inputs.length).toBeGreaterThan(20);
    expect(inputs.flatMap(([name, schema]) => unboundedNumbers(schema as z.ZodType, name))).toEqual([]);
  });

  it("refuses page 1e15 with a message saying the limit", () => {
    const parsed = contracts.ZClaimListInput.safeParse({ page: 1e15 });
    expect(parsed.success).toBe(false);
    const issues = (parsed.error?.issues ?? []).map(contracts.describeIssue);
    expect(issues.map((issue) => contracts.wordIssue(issue, "en"))).toEqual([
      "Page numbers go up to 10000; narrow the filters instead",
    ]);
    expect(issues.map((issue) => contracts.wordIssue(issue, "ru"))).toEqual([
      "Номера страниц — не больше 10000; лучше сузьте фильтры",
    ]);
  });
});
