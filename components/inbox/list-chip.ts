/**
 * The small flag placed next to a thread's subject in the host's message list. Plain DOM with inline
 * styles (one span per row is cheaper than a shadow root per row), text only, and namespaced so we
 * only ever touch our own elements.
 */
import { i18n } from '../../lib/content/page-i18n';
import type { Attention } from '../../lib/content/attention';
import type { Placement } from '../../lib/providers/types';

const CHIP_ATTR = 'data-cr';
const CHIP_VALUE = 'list-chip';

const COLORS: Record<string, string> = {
  escalation: '#8b0000',
  upset: '#c5221f',
  concerned: '#a15c00',
  calm: '#1e7b34',
  case: '#1a57c9',
};

const WORD: Record<string, () => string> = {
  escalation: () => i18n.t('inbox.chip.escalation'),
  upset: () => i18n.t('inbox.chip.upset'),
  concerned: () => i18n.t('inbox.chip.concerned'),
  calm: () => i18n.t('inbox.chip.calm'),
  case: () => i18n.t('inbox.chip.case'),
};

/**
 * A preliminary chip is outlined, not filled; its own white fill keeps the coloured word readable on
 * any list (a transparent one put dark red on Gmail's and Outlook's dark themes, about 1.7:1).
 */
function styleFor(key: string, preliminary: boolean): string {
  const color = COLORS[key];
  return [
    'display:inline-block',
    'margin:0 6px 0 0',
    'padding:0 6px',
    'border-radius:8px',
    'font:600 11px/16px system-ui,sans-serif',
    'vertical-align:middle',
    `color:${preliminary ? color : '#fff'}`,
    `background:${preliminary ? '#fff' : color}`,
    `border:1px ${preliminary ? 'dashed' : 'solid'} ${color}`,
  ].join(';');
}

function place(chip: HTMLElement, at: Placement): void {
  const { element } = at;
  if (at.attach === 'append') element.append(chip);
  else if (at.attach === 'prepend') element.prepend(chip);
  else if (at.attach === 'before') element.before(chip);
  else element.after(chip);
}

export function chipIn(row: Element): HTMLElement | null {
  return row.querySelector<HTMLElement>(`[${CHIP_ATTR}="${CHIP_VALUE}"]`);
}

/** Puts, updates or removes the chip for one row; never touches anything but our own chip. */
export function renderChip(row: Element, at: Placement, attention: Attention | null): void {
  const existing = chipIn(row);
  if (!attention) {
    existing?.remove();
    return;
  }
  const key = attention.level ?? 'case';
  const text = `${attention.overdue ? '⏰ ' : ''}${WORD[key]()}${attention.preliminary ? '?' : ''}`;
  // Rows are rescored whenever the site touches the list: leave an unchanged chip untouched (its text
  // names the level, the clock and whether it is preliminary, so it also settles the style).
  if (existing && existing.textContent === text && existing.title === attention.label) return;
  const chip = existing ?? row.ownerDocument.createElement('span');
  chip.setAttribute(CHIP_ATTR, CHIP_VALUE);
  chip.setAttribute('data-level', key);
  chip.setAttribute('role', 'img');
  chip.setAttribute('aria-label', attention.label);
  chip.title = attention.label;
  chip.textContent = text;
  chip.style.cssText = styleFor(key, attention.preliminary);
  if (!existing) place(chip, at);
}
