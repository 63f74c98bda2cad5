// @vitest-environment jsdom
/**
 * The chips put into the mail site's message list carry their own colours (inline styles, no shadow
 * root), so they sit on whatever the site paints: Gmail's and Outlook's light and dark themes alike.
 * Every chip, final or preliminary, must fill its own background and reach 4.5:1 on it.
 */
import { describe, expect, it } from 'vitest';
import { renderChip } from '../../components/inbox/list-chip';
import type { Attention } from '../../lib/content/attention';

function luminance(rgb: string): number {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!m) throw new Error(`not an opaque colour: ${rgb}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const LEVELS = ['escalation', 'upset', 'concerned', 'calm', null] as const;

describe('message-list chips', () => {
  it.each(LEVELS.flatMap((level) => [[level, false], [level, true]] as const))('%s (preliminary: %s) is readable on a light or a dark list', (level, preliminary) => {
    const row = document.body.appendChild(document.createElement('div'));
    const attention: Attention = {
      threadId: 't1', subject: 'Third outage', sender: 'Maria', level, preliminary,
      caseOpen: level === null, overdue: false, why: 'why', label: 'Client Rescue: why', urgency: 1,
    };
    renderChip(row, { element: row, attach: 'append' }, attention);
    const chip = row.querySelector<HTMLElement>('[data-cr="list-chip"]')!;
    expect(chip.style.backgroundColor).not.toMatch(/^(transparent|)$/);
    expect(contrast(chip.style.color, chip.style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });
});
