/**
 * Reading message HTML without touching the live page: the live element is only serialised,
 * and all work happens in a separate document from DOMParser, which has no browsing context,
 * so images don't load and handlers never run (cloneNode in the page would do both).
 */

/** Beyond this much HTML we read only the start: a 5 MB newsletter must not freeze the mail page. */
export const MAX_HTML_CHARS = 500_000;

export interface HtmlRead {
  html: string;
  truncated: boolean;
}

/** Serialise an element's children. XMLSerializer is a read: no parsing, nothing in the page changes. */
export function readElementHtml(el: Element, maxChars = MAX_HTML_CHARS): HtmlRead {
  // The element's own window: in tests (and frames) the page is not the script's global window.
  const view = (el.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const serializer = new view.XMLSerializer();
  const parts: string[] = [];
  let length = 0;
  for (const child of Array.from(el.childNodes)) {
    const piece = serializer.serializeToString(child);
    parts.push(piece);
    length += piece.length;
    if (length > maxChars) break;
  }
  return capHtml(parts.join(''), maxChars);
}

export function capHtml(html: string, maxChars = MAX_HTML_CHARS): HtmlRead {
  if (html.length <= maxChars) return { html, truncated: false };
  // Cutting mid-tag is harmless: the HTML parser closes what is left open.
  return { html: html.slice(0, maxChars), truncated: true };
}

/** Parse into a fresh inert document; `view` must be the window whose DOMParser to use (tests pass jsdom's). */
export function parseInert(html: string, view: { DOMParser: typeof DOMParser } = globalThis): Document {
  return new view.DOMParser().parseFromString(html, 'text/html');
}

/**
 * Where Trusted Types block DOMParser with a plain string (Gmail's page world enforces them; the
 * extension's isolated world does not, so this is the rare path): copy the nodes into a document
 * made by createHTMLDocument, which has no browsing context, so nothing in it loads or runs.
 */
export function importInert(el: Element): Document {
  const inert = el.ownerDocument.implementation.createHTMLDocument('');
  for (const child of Array.from(el.childNodes)) inert.body.append(inert.importNode(child, true));
  return inert;
}

/** DOMParser refused a string because the page requires TrustedHTML. */
export function isTrustedTypesRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === 'TypeError' && /Trusted/i.test(error.message);
}
