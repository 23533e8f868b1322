import type { Page } from "@playwright/test";

/** The little of the DOM the focus check reads in the page (this package has no DOM types). */
interface FocusedElement {
  tagName: string;
  id: string;
  className: unknown;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface FocusWindow {
  document: { activeElement: FocusedElement | null; body: FocusedElement };
  getComputedStyle(element: FocusedElement): { outlineStyle: string; outlineWidth: string; outlineColor: string };
}

/**
 * Presses Tab `stops` times from where focus is and names each focused element whose focus is
 * not plainly visible: no outline, an outline under 2 px, or a see-through outline colour (a faint
 * ring is lost on white). The dashboard marks focus with outlines only, so nothing else counts.
 */
export async function faintFocusStops(page: Page, stops: number): Promise<string[]> {
  const faint: string[] = [];
  for (let stop = 0; stop < stops; stop += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const browser = globalThis as unknown as FocusWindow;
      const element = browser.document.activeElement;
      if (!element || element === browser.document.body) return null;
      const style = browser.getComputedStyle(element);
      const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
      const classes =
        typeof element.className === "string" && element.className
          ? `.${element.className.trim().split(/\s+/).join(".")}`
          : "";
      return {
        name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes} "${label}"`,
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        outlineColor: style.outlineColor,
      };
    });
    if (!focused) continue;
    const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(focused.outlineColor)?.[1];
    const outlined =
      focused.outlineStyle !== "none" &&
      Number.parseFloat(focused.outlineWidth) >= 2 &&
      (alpha === undefined || Number(alpha) === 1);
    if (!outlined)
      faint.push(`${focused.name} (outline ${focused.outlineStyle} ${focused.outlineWidth} ${focused.outlineColor})`);
  }
  return faint;
}
