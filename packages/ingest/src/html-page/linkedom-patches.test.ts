import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

// linkedom is patched (patches/linkedom@*.patch) to keep a node's listeners only from its first
// addEventListener, and to compile each selector once per kind of document; both must work as
// before.
describe("linkedom's events, listeners kept from the first addEventListener", () => {
  it("delivers an event to a listener, bubbling, until it is removed", () => {
    const { document, Event } = parseHTML("<html><body><article><p>мәтін</p></article></body></html>");
    const article = document.querySelector("article");
    const paragraph = document.querySelector("p");
    if (!article || !paragraph) throw new Error("the page was not parsed");
    const heard: string[] = [];
    const listener = (event: { type: string; currentTarget: unknown }) =>
      heard.push(`${event.type} at ${(event.currentTarget as { localName: string }).localName}`);
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

describe("linkedom's selectors, compiled once per kind of document", () => {
  it("matches a selector asked again in another page, case-insensitively in HTML only", () => {
    const first = parseHTML(`<div><P class="lead">бір</P><p>екі</p></div>`).document;
    const second = parseHTML(`<section><p class="lead">үш</p></section><p class="lead">төрт</p>`).document;
    const xml = new DOMParser().parseFromString(`<root><P class="lead">x</P><p class="lead">y</p></root>`, "text/xml");
    const texts = (found: Iterable<{ textContent: string | null }>) => [...found].map((node) => node.textContent);
    expect(texts(first.querySelectorAll("p.lead"))).toEqual(["бір"]);
    expect(texts(second.querySelectorAll("p.lead"))).toEqual(["үш", "төрт"]);
    expect(texts(xml.querySelectorAll("p.lead"))).toEqual(["y"]);
    expect(texts(first.querySelectorAll("p.lead"))).toEqual(["бір"]);
  });

  it("compiles a :scope selector for the element it is asked of", () => {
    const { document } = parseHTML(`<ul id="a"><li>1<ul><li>1.1</li></ul></li></ul><ul id="b"><li>2</li></ul>`);
    const [outer, inner] = [document.querySelector("#a"), document.querySelector("#a ul")];
    expect(outer?.querySelectorAll(":scope > li")).toHaveLength(1);
    expect(inner?.querySelectorAll(":scope > li")[0]?.textContent).toBe("1.1");
    expect(document.querySelector("#b")?.querySelectorAll(":scope > li")[0]?.textContent).toBe("2");
  });
});
