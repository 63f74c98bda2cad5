/**
 * Structural quote and signature markers in message HTML. These are written by the sender's mail
 * client into the message itself, so they are far more stable than the webmail UI around them.
 * Runs on the inert copy only.
 */
import { FORWARD_MARKER_RE, FORWARD_SUBJECT_RE } from './patterns';

/**
 * Class names removed wherever they are, matched as substrings: Gmail shows received HTML with
 * classes prefixed "m_<digits>" (m_-2035…gmail_signature) and Outlook on the web with "x_".
 */
const REMOVE_CLASSES = [
  'gmail_quote', // Gmail quoted history: the div wrapper, the blockquote, and gmail_quote_container (2024)
  'gmail_attr', // Gmail "On … wrote:" attribution line (since ~2018)
  'gmail_signature', // Gmail signature block
  'moz-cite-prefix', // Thunderbird attribution line
  'moz-signature', // Thunderbird signature
  'yahoo_quoted', // Yahoo Mail quoted history
  'protonmail_quote', // Proton Mail quoted history
  'yj6qo', // Gmail's "trimmed content" marker in the rendered body
];
const REMOVE_SELECTORS = [
  ...REMOVE_CLASSES.map((c) => `[class*="${c}"]`),
  '[data-smartmail="gmail_signature"]', // Gmail signature, newer compose editor (2022)
  '#Signature', // Outlook on the web signature block
  '#x_Signature', // the same, inside received mail
];

/** The element and everything after it is older history (Outlook quotes by position, not by nesting). */
const CUT_FROM_SELECTORS = [
  '[id$="appendonsend"]', // OWA: empty div right before the reply header (id or x_id)
  '[id$="divRplyFwdMsg"]', // OWA / Outlook 2016+: the "From: … Sent: …" header of the quoted message
  '#OLK_SRC_BODY_SECTION', // Outlook for Mac quoted section
  'hr#stopSpelling', // Hotmail / old Outlook.com separator
];

/** A stand-in line for forwards that carry no marker of their own, so the text-level split finds them. */
export const FORWARD_MARKER_TEXT = '---------- Forwarded message ---------';

function removeFromHere(el: Element): void {
  const body = el.ownerDocument.body;
  let node: Element | null = el;
  while (node && node !== body) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentElement;
  }
  el.remove();
}

/** Drop every class token containing `name` (with whatever prefix the webmail added). */
function unclass(el: Element, name: string): void {
  for (const token of Array.from(el.classList)) if (token.includes(name)) el.classList.remove(token);
}

/**
 * Keep forwarded content out of the quote rules: Gmail wraps a forward in `.gmail_quote`, and OWA
 * puts it under `#divRplyFwdMsg`, exactly like a quoted reply. The forward is then split off at text level.
 */
function protectForward(doc: Document, subjectHint: string): void {
  for (const attr of Array.from(doc.querySelectorAll('div[class*="gmail_quote"] > [class*="gmail_attr"]'))) {
    const firstLine = (attr.textContent ?? '').trim().split('\n')[0];
    if (!FORWARD_MARKER_RE.test(firstLine) && !FORWARD_MARKER_RE.test((attr.firstChild?.textContent ?? '').trim())) continue;
    unclass(attr, 'gmail_attr');
    if (attr.parentElement) unclass(attr.parentElement, 'gmail_quote');
    return;
  }
  if (!FORWARD_SUBJECT_RE.test(subjectHint)) return;
  const header = doc.querySelector('[id$="divRplyFwdMsg"]');
  if (!header) return;
  const anchor = doc.querySelector('[id$="appendonsend"]') ?? header;
  anchor.removeAttribute('id');
  header.removeAttribute('id');
  const marker = doc.createElement('div');
  marker.textContent = FORWARD_MARKER_TEXT;
  anchor.before(marker);
}

export function removeQuotedBlocks(doc: Document, subjectHint = ''): void {
  protectForward(doc, subjectHint);
  for (const el of Array.from(doc.querySelectorAll(REMOVE_SELECTORS.join(',')))) el.remove();
  for (const selector of CUT_FROM_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el?.isConnected) removeFromHere(el);
  }
}
