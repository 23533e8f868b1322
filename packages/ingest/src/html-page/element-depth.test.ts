import { describe, expect, it } from "vitest";
import { elementBeyondDepth } from "./element-depth.ts";

interface CountedElement {
  tagName: string;
  children: CountedElement[];
}

/** An element whose children are counted as they are read, as a DOM that builds the list at each read. */
function element(tagName: string, kids: CountedElement[], reads: { count: number }): CountedElement {
  return {
    tagName,
    get children() {
      reads.count++;
      return kids;
    },
  };
}

describe("elementBeyondDepth", () => {
  it("reads each element's children once, so a page of thousands of paragraphs costs a walk", () => {
    const reads = { count: 0 };
    const paragraphs = Array.from({ length: 5000 }, () => element("P", [], reads));
    const root = element("HTML", [element("BODY", paragraphs, reads)], reads);
    expect(elementBeyondDepth(root)).toBeNull();
    expect(reads.count).toBe(5002);
  });

  it("names the first element past the limit by its tag path", () => {
    const reads = { count: 0 };
    let deepest = element("P", [], reads);
    for (let depth = 0; depth < 8; depth++) deepest = element("DIV", [deepest], reads);
    expect(elementBeyondDepth(element("HTML", [element("BODY", [deepest], reads)], reads), 6)).toEqual({
      depth: 7,
      path: "html > body > div > … > div > div",
    });
  });
});
