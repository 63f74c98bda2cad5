/**
 * Structural quote and signature markers in message HTML. These are written by the sender's mail
 * client into the message itself, so they are far more stable than the webmail UI around them.
 * Runs on the inert copy only.
 */
import { FORWARD_MARKER_RE, FORWARD_SUBJECT_RE } from './patterns';

/** Classes removed wherever they are. Outlook on the web shows received HTML with every class and id prefixed "x_". */
const REMOVE_CLASSES = [
  'gmail_quote', // Gmail quoted history: the div wrapper and the blockquote (2012 → today)
  'gmail_attr', // Gmail "On … wrote:" attribution line (since ~2018)
  'gmail_signature', // Gmail signature block
  'moz-cite-prefix', // Thunderbird attribution line
  'moz-signature', // Thunderbird signature
  'yahoo_quoted', // Yahoo Mail quoted history
  'protonmail_quote', // Proton Mail quoted history
  'yj6qo', // Gmail's "trimmed content" marker in the rendered body
];
const REMOVE_SELECTORS = [
  ...REMOVE_CLASSES.flatMap((c) => [`.${c}`, `.x_${c}`]),
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

/**
 * Keep forwarded content out of the quote rules: Gmail wraps a forward in `.gmail_quote`, and OWA
 * puts it under `#divRplyFwdMsg`, exactly like a quoted reply. The forward is then split off at text level.
 */
function protectForward(doc: Document, subjectHint: string): void {
  for (const attr of Array.from(doc.querySelectorAll('div.gmail_quote > .gmail_attr, div.x_gmail_quote > .x_gmail_attr'))) {
    const firstLine = (attr.textContent ?? '').trim().split('\n')[0];
    if (!FORWARD_MARKER_RE.test(firstLine) && !FORWARD_MARKER_RE.test((attr.firstChild?.textContent ?? '').trim())) continue;
    attr.classList.remove('gmail_attr', 'x_gmail_attr');
    attr.parentElement?.classList.remove('gmail_quote', 'x_gmail_quote');
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
