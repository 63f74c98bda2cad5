import { i18n } from '#i18n';
import type { AttentionSummary } from '../../lib/content/tab-requests';

/** The threads in view in the mail tab under the popup that need attention; a click opens one there. */
export function TabAttention({ items, onOpen }: { items: AttentionSummary[]; onOpen(threadId: string): void }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={i18n.t('popup.attention.label')} data-cr="popup-attention">
      <h2>{i18n.t('popup.attention.heading', [items.length])}</h2>
      <ul class="due-list">
        {items.map((item) => (
          <li key={item.threadId} class={`due due-${item.level === 'escalation' || item.level === 'upset' ? 'overdue' : 'due-soon'}`}>
            <button type="button" class="attention-link" title={item.label} onClick={() => onOpen(item.threadId)}>
              <strong>{item.sender}</strong> · {item.subject}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
