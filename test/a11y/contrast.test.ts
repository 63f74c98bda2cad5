/**
 * Text contrast of the sidebar in both themes, computed from its stylesheet with the WCAG 2.1
 * formula: body text and every coloured word it shows (levels, flags, buttons) must reach 4.5:1 on
 * the backgrounds they sit on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve(import.meta.dirname, '../../components/sidebar/sidebar.css'), 'utf8');

function themeVars(selector: string): Record<string, string> {
  const block = new RegExp(`${selector.replace(/\./g, '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--cr-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const light = themeVars('.cr-root');
const dark = { ...light, ...themeVars('.cr-root.cr-dark') };

describe.each([
  ['light', light],
  ['dark', dark],
])('sidebar contrast, %s theme', (_theme, v) => {
  it('reads its own palette from the stylesheet', () => {
    expect(Object.keys(v)).toEqual(expect.arrayContaining(['bg', 'fg', 'muted', 'card', 'accent', 'calm', 'concerned', 'upset', 'escalation']));
  });

  it.each(['fg', 'muted', 'calm', 'concerned', 'upset', 'escalation', 'accent'])('%s text reaches 4.5:1 on the panel and on cards', (name) => {
    expect(contrast(v[name], v.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v[name], v.card)).toBeGreaterThanOrEqual(4.5);
  });

  it('primary buttons (panel colour on the accent) reach 4.5:1', () => {
    expect(contrast(v.bg, v.accent)).toBeGreaterThanOrEqual(4.5);
  });
});
