// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderChip } from '../../components/inbox/list-chip';
import { createListFlags } from '../../lib/content/list-flags';
import type { Requester } from '../../lib/content/controller';
import type { ListRow, MailProvider } from '../../lib/providers/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

// jsdom has no IntersectionObserver: every observed row counts as on screen, reported once, as the
// browser does when a target starts being observed.
class AllVisible {
  static last: AllVisible | null = null;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    AllVisible.last = this;
  }
  observe(target: Element) {
    if (this.targets.has(target)) return;
    this.targets.add(target);
    queueMicrotask(() => this.callback([{ target, isIntersecting: true }]));
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {}
}

function listPage(): ListRow[] {
  const body = document.createElement('tbody');
  document.body.replaceChildren(body);
  return [
    ['r1', 'Still broken after three weeks'],
    ['r2', 'Lunch on Friday?'],
  ].map(([id, text]) => {
    const row = body.appendChild(document.createElement('tr'));
    row.id = id;
    const subject = row.appendChild(document.createElement('span'));
    subject.textContent = text;
    return {
      threadId: id,
      from: { name: 'Maria', address: 'maria@acme-corp.com' },
      subject: text,
      snippet: '',
      sentAt: null,
      dateText: '',
      unread: true,
      row,
      chip: { element: subject, attach: 'before' as const },
    };
  });
}

describe('list flags', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', AllVisible);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function start(read: () => ListRow[]) {
    const calls: string[] = [];
    const provider = { id: 'gmail', currentView: () => 'list', readListRows: () => ({ ok: true, value: read() }), userAddress: () => null } as unknown as MailProvider;
    const request = vi.fn(async (type: string) => {
      calls.push(type);
      if (type === 'threads:flags') return [{ threadId: 'r1', level: 'upset', score: 80, preliminary: false, caseId: null, overdue: false, dismissed: false }];
      return [];
    }) as unknown as Requester;
    const abort = new AbortController();
    const flags = createListFlags({
      provider,
      request,
      settings: () => DEFAULT_SETTINGS,
      render: (row, attention) => renderChip(row.row, row.chip, attention),
      onAttention: () => undefined,
      signal: abort.signal,
    });
    return { flags, abort, asked: () => calls.filter((t) => t === 'threads:flags').length };
  }

  it('scores the rows once and is not woken again by its own chips', async () => {
    const rows = listPage();
    const { flags, abort, asked } = start(() => rows);
    flags.refresh();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(document.querySelectorAll('[data-cr="list-chip"]')).toHaveLength(1);
    const first = asked();

    // The site changes a row: one more look, and then quiet. Re-rendering our own chip must not
    // count as a change of the site (that loop would ask the worker four times a second forever).
    document.getElementById('r2')!.append(document.createElement('span'));
    for (let i = 0; i < 20; i++) await vi.advanceTimersByTimeAsync(300);
    abort.abort();
    expect(asked()).toBe(first + 1);
  });

  it('stops watching rows the site replaced', async () => {
    let rows = listPage();
    const { flags, abort } = start(() => rows);
    flags.refresh();
    await vi.advanceTimersByTimeAsync(1_000);
    const before = [...AllVisible.last!.targets];
    rows = listPage();
    flags.refresh();
    await vi.advanceTimersByTimeAsync(1_000);
    abort.abort();
    expect(before).toHaveLength(2);
    expect([...AllVisible.last!.targets]).toEqual(rows.map((r) => r.row));
  });
});
