import { describe, expect, it } from "vitest";
import { fieldChanges } from "./field-changes.ts";

describe("fieldChanges", () => {
  it("lists changed, added and removed fields, skipping equal ones", () => {
    expect(
      fieldChanges(
        { status: "in_review", verdict: null, keep: [1] },
        { status: "published", headline: "H", keep: [1] },
      ),
    ).toEqual([
      { field: "status", before: "in_review", after: "published" },
      { field: "verdict", before: null },
      { field: "headline", after: "H" },
    ]);
  });

  it("treats a first state as all-new and scalar values as one field", () => {
    expect(fieldChanges(null, { claims: ["c1"] })).toEqual([{ field: "claims", after: ["c1"] }]);
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges("a", "b")).toEqual([{ field: "value", before: "a", after: "b" }]);
  });
});
