/** Body extraction: quoted history, signatures and forwards handled, paragraphs kept. */
export { extractFromElement, extractFromHtml, extractFromPlain, type BodyText, type ExtractOptions } from './extract-body';
export { parseMailbox, splitForwarded, type ForwardedPart, type Mailbox } from './forwarded';
export { MAX_HTML_CHARS } from './inert-html';
export { nodeToText } from './html-text';
export { stripQuotedText } from './plain-quotes';
