/**
 * Text contrast of every surface in both themes, computed from the stylesheets with the WCAG 2.1
 * formula: body text and every coloured word (levels, flags, buttons, overdue marks) must reach
 * 4.5:1 on the backgrounds it sits on. The sidebar follows the mail site's theme (a class); the
 * extension pages and the popup follow the system (a media query).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Palette = Record<string, string>;

function stylesheet(file: string): string {
  return readFileSync(path.resolve(import.meta.dirname, '../../components', file), 'utf8');
}

/** Six-digit hex custom properties of the first `selector { … }` block at or after `from`. */
function blockVars(css: string, selector: string, from = 0): Palette {
  const start = css.indexOf(`${selector} {`, from);
  if (start < 0) return {};
  const block = css.slice(start, css.indexOf('}', start));
  const hex = (v: string) => (v.length === 4 ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v).toLowerCase();
  return Object.fromEntries([...block.matchAll(/--(?:cr-)?([\w-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) => [m[1], hex(m[2])]));
}

/** The light palette of `:root`, and the dark one under `prefers-color-scheme: dark` layered on it. */
function systemThemes(css: string): [Palette, Palette] {
  const light = blockVars(css, ':root');
  return [light, { ...light, ...blockVars(css, ':root', css.indexOf('@media (prefers-color-scheme: dark)')) }];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

interface Surface {
  name: string;
  themes: [Palette, Palette];
  /** Text colours, each checked on every background. */
  texts: string[];
  backgrounds: string[];
  /** [text, background] pairs for filled controls. */
  filled: [string, string][];
}

const sidebarCss = stylesheet('sidebar/sidebar.css');
const sidebarLight = blockVars(sidebarCss, '.cr-root');
const [pagesLight, pagesDark] = systemThemes(stylesheet('ui/ui.css'));

const SURFACES: Surface[] = [
  {
    name: 'sidebar',
    themes: [sidebarLight, { ...sidebarLight, ...blockVars(sidebarCss, '.cr-root.cr-dark') }],
    texts: ['fg', 'muted', 'calm', 'concerned', 'upset', 'escalation', 'accent'],
    backgrounds: ['bg', 'card'],
    filled: [['bg', 'accent']],
  },
  {
    name: 'dashboard, options and welcome pages',
    themes: [pagesLight, pagesDark],
    texts: ['fg', 'muted', 'accent', 'danger', 'ok', 'calm', 'concerned', 'upset', 'escalation'],
    backgrounds: ['bg', 'card'],
    filled: [
      ['accent-fg', 'accent'],
      ['fg', 'warn-bg'],
    ],
  },
  {
    name: 'popup',
    themes: systemThemes(stylesheet('popup/popup.css')),
    texts: ['fg', 'muted', 'red', 'accent'],
    backgrounds: ['bg'],
    filled: [],
  },
];

describe.each(SURFACES)('contrast: $name', ({ themes, texts, backgrounds, filled }) => {
  describe.each([
    ['light', themes[0]],
    ['dark', themes[1]],
  ])('%s theme', (theme, v) => {
    it('reads its palette from the stylesheet, and the dark one differs', () => {
      expect(Object.keys(v)).toEqual(expect.arrayContaining([...texts, ...backgrounds, ...filled.flat()]));
      if (theme === 'dark') expect(v.bg).not.toBe(themes[0].bg);
    });

    it.each(texts)('%s text reaches 4.5:1 on every background', (name) => {
      for (const bg of backgrounds) expect(contrast(v[name], v[bg]), `${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    });

    it.each(filled)('%s on a %s fill reaches 4.5:1', (fg, bg) => {
      expect(contrast(v[fg], v[bg])).toBeGreaterThanOrEqual(4.5);
    });
  });
});
