/**
 * Flags in the message list. Rows are read through the provider, scored once per change (from the
 * database when the thread was analysed, otherwise a preliminary score of the row's own text), and
 * only while they are on screen. Never a polling loop: a debounced MutationObserver on the list.
 */
import type { ListRow, MailProvider } from '../providers/types';
import type { Settings } from '../settings/schema';
import { attentionFor, mostUrgentFirst, type Attention, type PreScore } from './attention';
import type { Requester } from './controller';

export interface ListFlagsDeps {
  provider: MailProvider;
  request: Requester;
  settings(): Settings;
  render(row: ListRow, attention: Attention | null): void;
  onAttention(items: Attention[]): void;
  signal: AbortSignal;
}

const SETTLE_MS = 250;

/** Preview scores kept for a session of scrolling; the oldest go first past this. */
const MAX_PRESCORES = 1_000;

/** A row is rescored when its preview changes (a new message in the thread), not otherwise. */
function prescoreKey(row: ListRow): string {
  return `${row.threadId}\n${rowText(row)}`;
}

function rowText(row: ListRow): string {
  return [row.subject, row.snippet].filter(Boolean).join('. ');
}

const CHIP = '[data-cr="list-chip"]';

function isChip(node: Node): boolean {
  return node instanceof Element && node.matches(CHIP);
}

/** A chip added or removed, or anything inside a chip changed (its text is rewritten when the level changes). */
function isOwnChange(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest(CHIP)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(isChip);
}

export function createListFlags(deps: ListFlagsDeps) {
  const { provider, request } = deps;
  const prescores = new Map<string, PreScore>();
  const visible = new Set<Element>();
  let rows: ListRow[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listObserver: MutationObserver | null = null;
  let observedList: Element | null = null;

  const intersection = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) visible.add(e.target);
      else visible.delete(e.target);
    }
    schedule();
  });

  deps.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    intersection.disconnect();
    listObserver?.disconnect();
  });

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), SETTLE_MS);
  }

  function watchList(list: Element | null) {
    if (list === observedList) return;
    listObserver?.disconnect();
    observedList = list;
    if (!list) return;
    // Our own chips change the list too; only the site's changes need a rescore.
    listObserver = new MutationObserver((records) => {
      if (records.some((r) => !isOwnChange(r))) schedule();
    });
    listObserver.observe(list, { childList: true, subtree: true, characterData: true });
  }

  async function update() {
    const settings = deps.settings();
    if (!settings.sites[provider.id] || !settings.listFlags[provider.id] || provider.currentView() !== 'list') {
      for (const row of rows) deps.render(row, null);
      deps.onAttention([]);
      return;
    }
    const read = provider.readListRows();
    if (!read.ok) {
      deps.onAttention([]);
      return;
    }
    const current = new Set(read.value.map((r) => r.row));
    // Rows the site replaced (another page of the list) must not stay observed or counted as in view.
    for (const old of rows) {
      if (current.has(old.row)) continue;
      intersection.unobserve(old.row);
      visible.delete(old.row);
    }
    rows = read.value;
    watchList(rows[0]?.row.parentElement ?? null);
    for (const row of rows) intersection.observe(row.row);
    const inView = rows.filter((r) => visible.has(r.row));
    if (inView.length === 0) return;

    const known = new Map(
      (await request('threads:flags', { provider: provider.id, threadIds: inView.map((r) => r.threadId) })).map((f) => [f.threadId, f]),
    );
    const toScore = inView.filter((r) => !known.get(r.threadId)?.level && !prescores.has(prescoreKey(r)));
    if (toScore.length > 0) {
      const scored = await request('tone:prescore', { items: toScore.map((r) => ({ id: r.threadId, text: rowText(r).slice(0, 4_000) })) });
      const byId = new Map(toScore.map((r) => [r.threadId, r]));
      for (const s of scored) {
        const row = byId.get(s.id);
        if (!row) continue;
        if (prescores.size >= MAX_PRESCORES) prescores.delete(prescores.keys().next().value as string);
        prescores.set(prescoreKey(row), { status: s.status, score: s.score, level: s.level });
      }
    }
    const userAddress = provider.userAddress();
    const attention: Attention[] = [];
    for (const row of inView) {
      const item = attentionFor(
        {
          threadId: row.threadId,
          subject: row.subject,
          senderName: row.from.name,
          senderAddress: row.from.address,
          known: known.get(row.threadId) ?? null,
          prescore: prescores.get(prescoreKey(row)) ?? null,
        },
        userAddress,
        settings,
      );
      deps.render(row, item);
      if (item) attention.push(item);
    }
    deps.onAttention(mostUrgentFirst(attention));
  }

  return { refresh: schedule };
}
