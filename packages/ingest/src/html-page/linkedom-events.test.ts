import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

// linkedom is patched (patches/linkedom@*.patch) to keep a node's listeners only from its first
// addEventListener; events must work as before.
describe("linkedom's events, listeners kept from the first addEventListener", () => {
  it("delivers an event to a listener, bubbling, until it is removed", () => {
    const { document, Event } = parseHTML("<html><body><article><p>мәтін</p></article></body></html>");
    const article = document.querySelector("article");
    const paragraph = document.querySelector("p");
    if (!article || !paragraph) throw new Error("the page was not parsed");
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(`${event.type} at ${(event.currentTarget as Element).localName}`);
    article.addEventListener("check", listener);
    paragraph.dispatchEvent(new Event("check", { bubbles: true }));
    article.removeEventListener("check", listener);
    paragraph.dispatchEvent(new Event("check", { bubbles: true }));
    expect(heard).toEqual(["check at article"]);
  });

  it("takes the removal of a listener a node never had", () => {
    const { document, Event } = parseHTML("<p>мәтін</p>");
    expect(() => document.querySelector("p")?.removeEventListener("check", () => {})).not.toThrow();
    expect(document.querySelector("p")?.dispatchEvent(new Event("check"))).toBe(true);
  });
});
