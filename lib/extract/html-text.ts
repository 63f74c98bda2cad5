/** Plain text from a parsed (inert) DOM tree, with line and paragraph breaks kept. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IMG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'ADDRESS', 'ARTICLE', 'ASIDE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'PRE']);
/** Paragraphs get a blank line; Word's MsoNormal paragraphs are single lines styled with margin 0. */
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE']);

/** Appends in O(1) per call: mail can be hundreds of KB, so no rescanning of the output. */
class TextBuilder {
  private parts: string[] = [];
  /** Newlines at the end of the output; -1 while nothing has been written. */
  private trailing = -1;
  private pendingSpace = false;

  text(s: string): void {
    if (!s) return;
    const lead = /^ +/.test(s);
    const body = s.replace(/^ +/, '');
    const endsWithSpace = / +$/.test(body);
    const core = body.replace(/ +$/, '');
    if (lead || this.pendingSpace) this.pendingSpace = true;
    if (!core) return;
    if (this.pendingSpace && this.trailing === 0) this.parts.push(' ');
    this.parts.push(core);
    this.pendingSpace = endsWithSpace;
    const lastBreak = core.lastIndexOf('\n');
    this.trailing = lastBreak === core.length - 1 ? 1 : 0;
  }

  /** Hard line break (<br>): always adds one. */
  newline(): void {
    this.parts.push('\n');
    this.trailing = Math.max(this.trailing, 0) + 1;
    this.pendingSpace = false;
  }

  /** Soft break at a block edge: make sure there are at least `n` newlines at the end. */
  ensureBreak(n: number): void {
    this.pendingSpace = false;
    if (this.trailing < 0 || this.trailing >= n) return;
    this.parts.push('\n'.repeat(n - this.trailing));
    this.trailing = n;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Hidden by markup or inline style; trackers (Streak, Mailtrack) hide their marker in a 1px-high box. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*[01]px|opacity\s*:\s*0(?![.\d])/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return HIDDEN_STYLE_RE.test(el.getAttribute('style') ?? '');
}

function walk(node: Node, b: TextBuilder, pre: boolean): void {
  if (node.nodeType === 3) {
    const raw = (node as Text).data;
    b.text(pre ? raw : raw.replace(/[\s\u00a0]+/gu, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || isHidden(el)) return;
  if (tag === 'BR') return b.newline();
  if (tag === 'BLOCKQUOTE') {
    // Quoted blocks become "> " lines so the text-level rules treat them like plain-text quotes.
    const inner = new TextBuilder();
    for (const child of Array.from(el.childNodes)) walk(child, inner, pre);
    const quoted = inner.toString().trim();
    b.ensureBreak(1);
    if (quoted) b.text(quoted.split('\n').map((l) => `> ${l}`).join('\n'));
    b.ensureBreak(1);
    return;
  }
  const paragraph = PARAGRAPH.has(tag) && !el.classList.contains('MsoNormal');
  const block = paragraph || BLOCK.has(tag);
  if (block) b.ensureBreak(paragraph ? 2 : 1);
  const inPre = pre || tag === 'PRE';
  for (const child of Array.from(el.childNodes)) walk(child, b, inPre);
  if (tag === 'TD' || tag === 'TH') b.text(' ');
  if (block) b.ensureBreak(paragraph ? 2 : 1);
}

/** Text of a node as a reader sees it: blocks on their own lines, blockquotes prefixed with "> ". */
export function nodeToText(root: Node): string {
  const b = new TextBuilder();
  walk(root, b, false);
  return b.toString();
}
