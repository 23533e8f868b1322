/**
 * The deepest element nesting Readability is run on. News pages nest 20–60 levels; Readability's
 * time grows with the square of the depth (800 nested divs: 13 s, 3,200: minutes), so a deeper
 * page is read from its JSON-LD only.
 */
export const MAX_ELEMENT_DEPTH = 256;

interface ElementLike {
  tagName: string;
  children: ArrayLike<ElementLike>;
}

/**
 * The first element nested deeper than `limit` (the root element is depth 1), as its tag path
 * ("html > body > div > … > div", the middle elided), or null when every element is within it.
 * Iterative, so a page nested a million deep costs a walk, not a stack overflow.
 */
export function elementBeyondDepth(
  root: ElementLike | null,
  limit = MAX_ELEMENT_DEPTH,
): { depth: number; path: string } | null {
  if (!root) return null;
  const path: ElementLike[] = [];
  const stack: { element: ElementLike; depth: number }[] = [{ element: root, depth: 1 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop() as (typeof stack)[number];
    path.length = depth - 1;
    path.push(element);
    if (depth > limit) return { depth, path: tagPath(path) };
    // Pushed last to first, so elements are visited in document order. Read once: a DOM may build
    // the list anew at each read (linkedom walks the element's children for it).
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ element: child, depth: depth + 1 });
    }
  }
  return null;
}

function tagPath(elements: ElementLike[]): string {
  const tags = elements.map((element) => element.tagName.toLowerCase());
  return tags.length <= 6 ? tags.join(" > ") : [...tags.slice(0, 3), "…", ...tags.slice(-2)].join(" > ");
}
