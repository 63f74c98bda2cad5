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

/** A selector the engine cannot parse (`:has` in an old browser) is a fallback that does not match. */
function safely<T>(query: () => T, none: T): T {
  try {
    return query();
  } catch (error) {
    if (error instanceof Error && error.name === 'SyntaxError') return none;
    throw error;
  }
}

export function findFirst<E extends Element = Element>(root: ParentNode, entry: SelectorEntry): Match<E> | null {
  for (let index = 0; index < entry.fallbacks.length; index++) {
    const { css } = entry.fallbacks[index];
    const element = safely(() => root.querySelector<E>(css), null);
    if (element) return { element, index, css };
  }
  return null;
}

/** All matches of the first fallback that matches anything (fallbacks are never mixed). */
export function findAll<E extends Element = Element>(root: ParentNode, entry: SelectorEntry): E[] {
  for (const { css } of entry.fallbacks) {
    const found = safely(() => Array.from(root.querySelectorAll<E>(css)), []);
    if (found.length > 0) return found;
  }
  return [];
}

/** The nearest ancestor (or self) matching any fallback. */
export function closestOf(el: Element, entry: SelectorEntry): Element | null {
  for (const { css } of entry.fallbacks) {
    const found = safely(() => el.closest(css), null);
    if (found) return found;
  }
  return null;
}
