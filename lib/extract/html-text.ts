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

function blockKind(el: Element, tag: string): 0 | 1 | 2 {
  if (PARAGRAPH.has(tag) && !el.classList.contains('MsoNormal')) return 2;
  return BLOCK.has(tag) ? 1 : 0;
}

interface Step {
  node: Node;
  pre: boolean;
  /** Set on the step that closes an element after its children. */
  leaving: boolean;
}

/**
 * Depth-first walk with an explicit stack, not recursion: hostile mail can nest thousands of levels
 * deep, and a recursive walk would overflow the call stack there.
 */
function walk(root: Node, out: TextBuilder): void {
  // Blockquotes collect into a builder of their own, prefixed with "> " when they close.
  const builders: TextBuilder[] = [out];
  const steps: Step[] = [{ node: root, pre: false, leaving: false }];
  while (steps.length) {
    const { node, pre, leaving } = steps.pop()!;
    const b = builders[builders.length - 1];
    if (node.nodeType === 3) {
      const raw = (node as Text).data;
      b.text(pre ? raw : raw.replace(/[\s\u00a0]+/gu, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (leaving) {
      if (tag === 'BLOCKQUOTE') {
        const quoted = builders.pop()!.toString().trim();
        const outer = builders[builders.length - 1];
        outer.ensureBreak(1);
        if (quoted) outer.text(quoted.split('\n').map((l) => `> ${l}`).join('\n'));
        outer.ensureBreak(1);
        continue;
      }
      if (tag === 'TD' || tag === 'TH') b.text(' ');
      const kind = blockKind(el, tag);
      if (kind) b.ensureBreak(kind);
      continue;
    }
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      b.newline();
      continue;
    }
    // Quoted blocks become "> " lines so the text-level rules treat them like plain-text quotes.
    if (tag === 'BLOCKQUOTE') builders.push(new TextBuilder());
    else {
      const kind = blockKind(el, tag);
      if (kind) b.ensureBreak(kind);
    }
    steps.push({ node: el, pre, leaving: true });
    const inPre = pre || tag === 'PRE';
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) steps.push({ node: children[i], pre: inPre, leaving: false });
  }
}

/** Text of a node as a reader sees it: blocks on their own lines, blockquotes prefixed with "> ". */
export function nodeToText(root: Node): string {
  const b = new TextBuilder();
  walk(root, b);
  return b.toString();
}
