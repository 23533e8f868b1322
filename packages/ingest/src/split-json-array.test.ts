import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inPieces } from "../test/fixture.ts";
import { JsonArraySplitter, partDocument, type ArrayPart } from "./split-json-array.ts";

/** Feeds `text` in pieces of the given sizes (cycled) and collects every part. */
function split(text: string, pieceSizes: number[], limits = { elements: 3, bytes: 1 << 20 }) {
  const splitter = new JsonArraySplitter("messages", limits);
  const parts = inPieces(text, pieceSizes).flatMap((piece) => splitter.push(piece));
  parts.push(...splitter.end());
  return { splitter, parts };
}

describe("JsonArraySplitter", () => {
  it("gives every element verbatim, in order, in parts that are documents of their own", () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 12 }),
        fc.constantFrom(0, 1, 2),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }),
        (messages, indent, pieceSizes) => {
          const text = JSON.stringify(
            { name: 'Канал "}[', type: "public_channel", id: 7, messages, after: [1, { x: "]" }] },
            null,
            indent,
          );
          const { splitter, parts } = split(text, pieceSizes);
          expect(splitter.found).toBe(true);
          const decoded = parts.flatMap((part) =>
            part.elements.map((element) => JSON.parse(new TextDecoder().decode(element)) as unknown),
          );
          expect(decoded).toEqual(JSON.parse(JSON.stringify(messages)));
          let first = 0;
          for (const part of parts) {
            expect(part.first).toBe(first);
            const document = JSON.parse(new TextDecoder().decode(partDocument("messages", part))) as {
              name: string;
              id: number;
              messages: unknown[];
            };
            expect(document).toMatchObject({ name: 'Канал "}[', id: 7 });
            expect(document.messages).toEqual(decoded.slice(first, first + part.elements.length));
            first += part.elements.length;
          }
        },
      ),
    );
  });

  it("cuts parts at the element and byte limits", () => {
    const messages = Array.from({ length: 10 }, (_, id) => ({ id, text: "x".repeat(100) }));
    const byCount = split(JSON.stringify({ messages }), [64], { elements: 4, bytes: 1 << 20 }).parts;
    expect(byCount.map((part) => part.elements.length)).toEqual([4, 4, 2]);
    const byBytes = split(JSON.stringify({ messages }), [64], { elements: 100, bytes: 250 }).parts;
    expect(byBytes.map((part) => part.elements.length)).toEqual([3, 3, 3, 1]);
  });

  it("keeps the complete elements of a cut-off document and ends with the cut element alone", () => {
    const text = JSON.stringify({ name: "c", messages: [{ id: 1 }, { id: 2 }, { id: 3, text: "бұл үзілді" }] });
    const { parts } = split(text.slice(0, text.indexOf("бұл") + 2), [7], { elements: 10, bytes: 1 << 20 });
    expect(parts.map((part) => part.first)).toEqual([0, 2]);
    expect(JSON.parse(new TextDecoder().decode(partDocument("messages", parts[0] as ArrayPart)))).toEqual({
      name: "c",
      messages: [{ id: 1 }, { id: 2 }],
    });
    expect(() => JSON.parse(new TextDecoder().decode(partDocument("messages", parts[1] as ArrayPart)))).toThrow();
  });

  it("finds nothing in documents that have no such array at the top", () => {
    for (const text of [
      '[{"messages":[1,2]}]',
      '{"chats":{"messages":[1,2]}}',
      '{"messages":"none"}',
      "not json at all",
      '{"messages_x":[1]}',
    ]) {
      const { splitter, parts } = split(text, [5]);
      expect(splitter.found, text).toBe(false);
      expect(parts, text).toEqual([]);
    }
  });
});
