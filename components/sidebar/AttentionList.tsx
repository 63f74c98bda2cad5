import { i18n } from '../../lib/content/page-i18n';
import type { Attention } from '../../lib/content/attention';

const LEVEL_CLASS: Record<string, string> = { escalation: 'cr-dot-escalation', upset: 'cr-dot-upset', concerned: 'cr-dot-concerned', calm: 'cr-dot-calm' };

/** Threads in the message list that need attention, most urgent first; a click opens one. */
export function AttentionList({ items, onOpen }: { items: Attention[]; onOpen(threadId: string): void }) {
  if (items.length === 0) return null;
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.attention.label')} data-cr="attention">
      <h3>{i18n.t('sidebar.attention.heading', [items.length])}</h3>
      <ul class="cr-attention">
        {items.map((item) => (
          <li key={item.threadId}>
            <button type="button" class="cr-link" title={item.label} onClick={() => onOpen(item.threadId)}>
              <span class={`cr-dot ${item.level ? LEVEL_CLASS[item.level] : ''}`} aria-hidden="true" />
              <span>
                <strong>{item.sender}</strong> · {item.subject}
                <span class="cr-muted">
                  {' '}
                  {item.why}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
