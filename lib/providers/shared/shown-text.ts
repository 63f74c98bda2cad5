/** An element's text as shown: whitespace collapsed, trimmed; empty for a missing element. */
export const shownText = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
