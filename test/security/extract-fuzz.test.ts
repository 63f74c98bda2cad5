// @vitest-environment jsdom
/**
 * Issue 10, robustness: extraction (lib/extract) never throws and stays bounded on hostile HTML.
 * The analyser's own fuzz is in test/tone/fuzz.test.ts; this feeds the step before it.
 *
 * Protections covered:
 * - nodeToText walks with an explicit stack (a recursive walk overflows at ~5,000 levels);
 * - extractFromElement / extractFromHtml fall back to the element's text when the engine itself
 *   cannot serialise a tree that deep (jsdom's XMLSerializer overflows at 10,000 levels);
 * - capHtml reads only MAX_HTML_CHARS of a huge body.
 * Times are for jsdom, which is far slower than a browser at parsing; the bounds catch runaway
 * (quadratic or worse) behaviour, not milliseconds. Real browsers also cap parser nesting (Chromium
 * at 512), so 10,000 levels reach us only through DOM-built trees, which is what these tests build.
 */
import { describe, expect, it } from 'vitest';
import { extractFromElement, extractFromHtml, extractFromPlain, MAX_HTML_CHARS, nodeToText } from '../../lib/extract';
import { rng } from '../support/rng';


function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** `depth` nested elements around one sentence, built with DOM calls (no parser depth cap applies). */
function deepTree(depth: number, tags: string[]): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  let node: Element = doc.createElement('p');
  node.textContent = 'This is still broken after three weeks.';
  for (let i = 0; i < depth; i++) {
    const parent = doc.createElement(tags[i % tags.length]);
    parent.append(node);
    node = parent;
  }
  const host = doc.createElement('div');
  host.append(node);
  return host;
}

describe('deep nesting (10,000 levels)', () => {
  it('nodeToText walks 10,000 nested divs without overflowing the stack', () => {
    const tree = deepTree(10_000, ['div', 'span', 'font']);
    const { value, ms } = timed(() => nodeToText(tree));
    expect(value.trim()).toBe('This is still broken after three weeks.');
    expect(ms).toBeLessThan(5_000);
  });

  it('10,000 nested blockquotes and tables come out as quoted text, not a crash', () => {
    const tree = deepTree(10_000, ['blockquote', 'div', 'table', 'tbody', 'tr', 'td']);
    const text = nodeToText(tree);
    expect(text).toContain('This is still broken after three weeks.');
  });

  it('extractFromElement on a 10,000-level element never throws and keeps the text', () => {
    const tree = deepTree(10_000, ['div', 'blockquote']);
    const { value, ms } = timed(() => extractFromElement(tree));
    expect(typeof value.text).toBe('string');
    expect(value.text).toContain('still broken');
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('extractFromHtml on 1,500 parser-nested levels (all jsdom parses in reasonable time) never throws', () => {
    const html = `${'<div><span>'.repeat(750)}Still broken.${'</span></div>'.repeat(750)}`;
    expect(extractFromHtml(html).text).toBe('Still broken.');
  }, 30_000);
});

describe('size', () => {
  it('1 MB of HTML is read only up to the cap, in bounded time', () => {
    const paragraph = `<p>We were promised a fix by Friday. <b>Nothing</b> happened. ${'x'.repeat(900)}</p>`;
    const html = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(html.length).toBeGreaterThan(1_000_000);
    const { value, ms } = timed(() => extractFromHtml(html));
    expect(value.truncated).toBe(true);
    expect(value.text.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
    expect(value.text).toContain('We were promised a fix by Friday.');
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('1 MB of plain text and 1 MB of one unclosed tag are bounded too', () => {
    expect(extractFromPlain('Still broken. '.repeat(75_000)).truncated).toBe(true);
    const { value } = timed(() => extractFromHtml(`<div title="${'a'.repeat(1_000_000)}`));
    expect(value.truncated).toBe(true);
    expect(value.text).toBe('');
  }, 30_000);
});

describe('malformed markup and odd text', () => {
  const MALFORMED = [
    '<div><p>unclosed <b>bold <i>italic</div> after',
    '</p></div></blockquote>closing tags first',
    '<<<>>>< /><a <b <c',
    '<table><td>cell without row<tr>row after cell</table>text',
    '<!-- unterminated comment',
    '<![CDATA[ cdata ]]> <?xml pi?> <!DOCTYPE x>',
    '<blockquote><blockquote>double</blockquote>',
    '<div style="display:none">hidden</div><p hidden>also hidden</p>visible',
    '<pre>\tkeep\n  spacing</pre>',
    '<select><option>menu</option></select><textarea>typed</textarea><template><p>t</p></template>',
    '&amp;&lt;&gt;&#0;&#x110000;&#xD800;&bogus;&',
    '<math><mi>x</mi></math><svg><foreignObject><p>inside svg</p></foreignObject></svg>',
    '<noscript><p>no script</p></noscript><object><param></object>',
    '<frameset><frame src="x"></frameset>',
  ];
  it.each(MALFORMED)('never throws on %j', (html) => {
    const body = extractFromHtml(html);
    expect(typeof body.text).toBe('string');
    expect(body.text).not.toMatch(/<script|onerror/);
  });

  const PIECES = [
    '<div>', '</div>', '<p>', '</p>', '<br>', '<blockquote>', '</blockquote>', '<table><tr><td>', '</td></tr></table>',
    '<b>', '</i>', '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
    '<style>p{}</style>', '<div class="gmail_quote">', '<div id="divRplyFwdMsg">', '<hr id="stopSpelling">',
    'On Mon, Nov 24 Dana wrote:', '-- \n', '> quoted', '---------- Forwarded message ---------', '[Message clipped]',
    'still not fixed ', '😡', '👍🏽', '\u200b', '\u200d', '\u200f', '\u202e', '\u2066', '\ufeff', 'שלום ', 'مرحبا ',
    '你好', 'ＡＢＣ', '\uD800', '\uDFFF', '&nbsp;', '&#x202e;', '\u0000', '\r\n', '\t', '"', "'", '<', '>', '&',
  ];

  it('random tag soup with RTL, zero-width and broken surrogates: never throws, text stays bounded', () => {
    const next = rng(1010);
    for (let round = 0; round < 60; round++) {
      const size = [10, 100, 1_000, 10_000][round % 4];
      const parts: string[] = [];
      let n = 0;
      while (n < size) {
        const p = next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
        parts.push(p);
        n += p.length;
      }
      const html = parts.join('');
      const body = extractFromHtml(html, { subject: next() < 0.5 ? 'FW: outage' : 'outage' });
      expect(typeof body.text).toBe('string');
      expect(body.text.length).toBeLessThanOrEqual(html.length);
      const plain = extractFromPlain(html);
      expect(plain.text.length).toBeLessThanOrEqual(html.length);
    }
  }, 60_000);
});
