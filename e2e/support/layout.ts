import type { Frame, Locator, Page } from "@playwright/test";

/**
 * The little of the DOM the layout checks read in the page. This package has no DOM types (it
 * runs in Node), so the functions that run in the browser say what they use.
 */
interface InPageElement {
  tagName: string;
  id: string;
  classList: Iterable<string>;
  children: Iterable<InPageElement>;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { right: number };
}
interface InPageWindow {
  innerWidth: number;
  innerHeight: number;
  getComputedStyle(element: InPageElement): { display: string; overflowX: string };
  document: {
    documentElement: InPageElement & { scrollHeight: number };
    body: { querySelectorAll(selector: string): Iterable<InPageElement> };
  };
}

/**
 * How wide the page is against the window, and the innermost elements that stick out past its
 * right edge or overflow their own box, named (tag, id, classes) so a failure says what to fix.
 */
export async function pageWidths(page: Page): Promise<{ scroll: number; inner: number; tooWide: string[] }> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as InPageWindow;
    const sticksOut = (element: InPageElement) =>
      element.getBoundingClientRect().right > browser.innerWidth + 0.5 ||
      (element.clientWidth > 0 &&
        element.scrollWidth > element.clientWidth + 1 &&
        browser.getComputedStyle(element).overflowX === "visible");
    const innermost = [...browser.document.body.querySelectorAll("*")].filter(
      (element) => sticksOut(element) && ![...element.children].some(sticksOut),
    );
    const name = (element: InPageElement) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${[...element.classList].map((c) => `.${c}`).join("")}`;
    return {
      scroll: browser.document.documentElement.scrollWidth,
      inner: browser.innerWidth,
      tooWide: innermost.slice(0, 8).map(name),
    };
  });
}

/** The element's computed CSS `display`. */
export async function displayOf(locator: Locator): Promise<string> {
  return locator.evaluate(
    (element) => (globalThis as unknown as InPageWindow).getComputedStyle(element as unknown as InPageElement).display,
  );
}

/** A frame's document size against its viewport (an iframe's content against the iframe). */
export async function frameFit(
  frame: Frame,
): Promise<{ contentHeight: number; height: number; contentWidth: number; width: number }> {
  return frame.evaluate(() => {
    const browser = globalThis as unknown as InPageWindow & { document: { documentElement: { scrollHeight: number } } };
    const root = browser.document.documentElement;
    return {
      contentHeight: root.scrollHeight,
      height: browser.innerHeight,
      contentWidth: root.scrollWidth,
      width: browser.innerWidth,
    };
  });
}
