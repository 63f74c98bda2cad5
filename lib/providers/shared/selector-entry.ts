/** How adapters declare selectors, and the lookups that walk their fallbacks in order. */

export interface Fallback {
  css: string;
  /** Why this one, and when it applies: the comment for this fallback. */
  why: string;
}

export interface SelectorEntry {
  /** What the entry finds. */
  targets: string;
  /** Where and when this structure was seen. */
  seen: string;
  /** Tried in priority order; the first that matches wins. */
  fallbacks: readonly Fallback[];
}

export interface Match<E extends Element = Element> {
  element: E;
  /** Index of the fallback that matched: 0 is the preferred structure. */
  index: number;
  css: string;
}

export function findFirst<E extends Element = Element>(root: ParentNode, entry: SelectorEntry): Match<E> | null {
  for (let index = 0; index < entry.fallbacks.length; index++) {
    const { css } = entry.fallbacks[index];
    const element = root.querySelector<E>(css);
    if (element) return { element, index, css };
  }
  return null;
}

/** All matches of the first fallback that matches anything (fallbacks are never mixed). */
export function findAll<E extends Element = Element>(root: ParentNode, entry: SelectorEntry): E[] {
  for (const { css } of entry.fallbacks) {
    const found = Array.from(root.querySelectorAll<E>(css));
    if (found.length > 0) return found;
  }
  return [];
}

/** The nearest ancestor (or self) matching any fallback. */
export function closestOf(el: Element, entry: SelectorEntry): Element | null {
  for (const { css } of entry.fallbacks) {
    const found = el.closest(css);
    if (found) return found;
  }
  return null;
}
