// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPlaced, place } from '../../lib/content/placement';
import type { Placement } from '../../lib/providers/types';

function page() {
  const main = document.createElement('main');
  const list = document.createElement('div');
  const pane = document.createElement('div');
  pane.id = 'pane';
  pane.append('message');
  main.append(list, pane);
  document.body.replaceChildren(main);
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append('sidebar');
  return { host, pane: () => document.getElementById('pane') as Element, main };
}

describe('the sidebar host beside a reading pane', () => {
  it.each<[Placement['attach'], (pane: Element, main: Element) => Element | null]>([
    ['after', (pane) => pane.nextElementSibling],
    ['before', (pane) => pane.previousElementSibling],
    ['append', (pane) => pane.lastElementChild],
    ['prepend', (pane) => pane.firstElementChild],
  ])('goes %s the point, once', (attach, where) => {
    const { host, pane, main } = page();
    const point = { element: pane(), attach };
    expect(isPlaced(host, point)).toBe(false);
    place(host, point);
    expect(where(pane(), main)).toBe(host);
    expect(isPlaced(host, point)).toBe(true);
    place(host, point);
    // Placing it again moves nothing and adds nothing.
    expect(document.querySelectorAll('div').length).toBe(3);
  });

  it('stays the same element, shadow root and all, when the site replaces the pane (Outlook, each message)', () => {
    const { host, pane } = page();
    place(host, { element: pane(), attach: 'after' });
    const next = document.createElement('div');
    next.id = 'pane';
    pane().replaceWith(next);
    // Still beside the new pane: nothing to do.
    expect(isPlaced(host, { element: next, attach: 'after' })).toBe(true);
    // A pane drawn elsewhere: the same host moves there.
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    place(host, { element: elsewhere, attach: 'append' });
    expect(elsewhere.lastElementChild).toBe(host);
    expect(host.shadowRoot?.textContent).toBe('sidebar');
    expect(document.querySelectorAll('main > div').length).toBe(2);
  });
});
