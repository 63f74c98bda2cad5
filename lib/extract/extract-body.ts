/** Message body → the new text a person wrote, for tone analysis. */
import { splitForwarded, type ForwardedPart } from './forwarded';
import { nodeToText } from './html-text';
import { capHtml, importInert, isTrustedTypesRefusal, MAX_HTML_CHARS, parseInert, readElementHtml } from './inert-html';
import { CLIPPED_RE } from './patterns';
import { stripQuotedText, tidyParagraphs } from './plain-quotes';
import { readableText } from './readable';
import { removeQuotedBlocks } from './quote-dom';

export interface BodyText {
  /** New text of the message (or of the forwarded message), paragraphs kept. */
  text: string;
  /** Set when the message forwards another; `text` is then the forwarded part. */
  forwarded: ForwardedPart | null;
  /** The input was over the size cap and only its start was read. */
  truncated: boolean;
  /** Gmail showed "[Message clipped]": the text is only the start of the message. */
  clipped: boolean;
}

export interface ExtractOptions {
  /** The message subject; an "FW:"-style prefix lets Outlook forwards be recognised. */
  subject?: string;
  /** Window whose DOMParser to use; defaults to the global one. */
  view?: { DOMParser: typeof DOMParser };
}

/** The notice line ("[Message clipped]  View entire message") is Gmail's, not the sender's. */
function withoutClipNotice(text: string): string {
  return tidyParagraphs(text.split('\n').filter((line) => !CLIPPED_RE.test(line)).join('\n'));
}

function fromDocument(doc: Document, truncated: boolean, options: ExtractOptions): BodyText {
  const clipped = CLIPPED_RE.test(doc.body?.textContent ?? '');
  removeQuotedBlocks(doc, options.subject ?? '');
  const root = doc.body ?? doc.documentElement;
  const walked = nodeToText(root);
  const text = readableText(doc, walked) ?? walked;
  const forwarded = splitForwarded(text);
  const own = forwarded ? forwarded.text : stripQuotedText(text);
  return { text: withoutClipNotice(own), forwarded, truncated, clipped };
}

/** The engine gave up on a tree too deep for it (a call-stack overflow while serialising or walking). */
function tooDeep(error: unknown): boolean {
  // Duck-typed: the error may come from another realm (the page's window), where instanceof fails.
  const message = (error as { message?: unknown } | null)?.message;
  return error instanceof RangeError || (typeof message === 'string' && /call stack/i.test(message));
}

/** From an HTML string (a stored body, a test fixture). */
export function extractFromHtml(html: string, options: ExtractOptions = {}): BodyText {
  const { html: capped, truncated } = capHtml(html);
  const doc = parseInert(capped, options.view);
  try {
    return fromDocument(doc, truncated, options);
  } catch (error) {
    if (!tooDeep(error)) throw error;
    return { ...extractFromPlain(doc.body?.textContent ?? ''), truncated };
  }
}

/** From a live element in the mail page: serialised, then parsed inertly; the page is not touched. */
export function extractFromElement(el: Element, options: ExtractOptions = {}): BodyText {
  const view = options.view ?? el.ownerDocument.defaultView ?? globalThis;
  try {
    const { html, truncated } = readElementHtml(el);
    try {
      return fromDocument(parseInert(html, view), truncated, { ...options, view });
    } catch (error) {
      if (!isTrustedTypesRefusal(error)) throw error;
      return fromDocument(importInert(el), false, { ...options, view });
    }
  } catch (error) {
    // Hostile nesting thousands of levels deep: read the element's text instead, which is a read too.
    if (!tooDeep(error)) throw error;
    return extractFromPlain(el.textContent ?? '');
  }
}

/** From a text/plain body. */
export function extractFromPlain(plain: string): BodyText {
  const truncated = plain.length > MAX_HTML_CHARS;
  const capped = truncated ? plain.slice(0, MAX_HTML_CHARS) : plain;
  const forwarded = splitForwarded(capped);
  const text = withoutClipNotice(forwarded ? forwarded.text : stripQuotedText(capped));
  return { text, forwarded, truncated, clipped: CLIPPED_RE.test(capped) };
}
