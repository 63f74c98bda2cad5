/**
 * Readability helps with one kind of mail only: long, layout-heavy HTML (newsletters, ticket
 * systems) where navigation and footers bury the message. Person-to-person mail is short and
 * Readability tends to return null or drop lines there, so it is tried only on long documents and
 * its result is kept only when it still holds a fair share of the text.
 */
import { Readability } from '@mozilla/readability';
import { nodeToText } from './html-text';

const MIN_TEXT_FOR_READABILITY = 2_500;
const MIN_SHARE_KEPT = 0.3;

/** The main text of a long layout-heavy document, or null to use the plain text walk. */
export function readableText(doc: Document, fullText: string): string | null {
  if (fullText.length < MIN_TEXT_FOR_READABILITY) return null;
  if (!doc.querySelector('table table, table[role="presentation"]')) return null;
  // Readability rewrites the document it is given; work on a copy of the inert copy.
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(copy, { serializer: (node) => node, charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const text = nodeToText(article.content);
  return text.trim().length >= fullText.trim().length * MIN_SHARE_KEPT ? text : null;
}
