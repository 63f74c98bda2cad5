import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttentionSummary } from '../../lib/content/tab-requests';
import { TabAttention } from './TabAttention';
// With the date: a weekday alone cannot tell last Tuesday from the one before.
import { formatDateTime as when } from '../../lib/dashboard/format';

export interface DueItem {
  caseId: string;
  clientName: string;
  title: string;
  status: 'overdue' | 'due-soon';
  dueAt: string;
}

interface Props {
  items: DueItem[] | null;
  error: string | null;
  onDraftUpdate(caseId: string): void;
  onLogUpdate(caseId: string, summary: string): Promise<void>;
  onOpenDashboard(): void;
  attention: AttentionSummary[];
  onOpenThread(threadId: string): void;
}


function Row({ item, onDraftUpdate, onLogUpdate }: { item: DueItem } & Pick<Props, 'onDraftUpdate' | 'onLogUpdate'>) {
  const [logging, setLogging] = useState(false);
  const [summary, setSummary] = useState('');
  const logButton = useRef<HTMLButtonElement>(null);
  const summaryInput = useRef<HTMLInputElement>(null);
  const wasLogging = useRef(false);
  // Opening the form puts the focus in it, once: a re-render while it is open (the list refreshing)
  // must not pull the focus back from wherever the user moved it. Closing it (saved, cancelled,
  // Escape) gives the focus back to the button that opened it.
  useEffect(() => {
    if (logging && !wasLogging.current) summaryInput.current?.focus();
    if (!logging && wasLogging.current) logButton.current?.focus();
    wasLogging.current = logging;
  }, [logging]);
  const cancel = () => {
    setSummary('');
    setLogging(false);
  };
  // A ref, not only state: a double click's second submit comes before the re-render that disables Save.
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  return (
    <li class={`due due-${item.status}`} data-cr="due-case">
      <div class="due-head">
        <strong>{item.clientName}</strong>
        <span class="due-when">
          {item.status === 'overdue' ? i18n.t('popup.overdueSince', [when(item.dueAt)]) : i18n.t('popup.due', [when(item.dueAt)])}
        </span>
      </div>
      <div class="due-title">{item.title}</div>
      {logging ? (
        <form
          data-cr="log-form"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Escape cancels the form, and only the form: the popup stays open.
            e.preventDefault();
            e.stopPropagation();
            cancel();
          }}
          onSubmit={async (e) => {
            e.preventDefault();
            if (saving.current) return;
            saving.current = true;
            setBusy(true);
            try {
              await onLogUpdate(item.caseId, summary.trim() || i18n.t('popup.defaultSummary'));
            } finally {
              saving.current = false;
              setBusy(false);
            }
            setLogging(false);
          }}
        >
          <input
            aria-label={i18n.t('popup.whatYouTold')}
            placeholder={i18n.t('popup.whatYouTold')}
            value={summary}
            onInput={(e) => setSummary((e.currentTarget as HTMLInputElement).value)}
            ref={summaryInput}
          />
          <button type="submit" disabled={busy}>
            {i18n.t('popup.save')}
          </button>
          <button type="button" onClick={cancel}>
            {i18n.t('popup.cancel')}
          </button>
        </form>
      ) : (
        <div class="due-actions">
          <button type="button" onClick={() => onDraftUpdate(item.caseId)}>
            {i18n.t('popup.draftUpdate')}
          </button>
          <button type="button" ref={logButton} onClick={() => setLogging(true)}>
            {i18n.t('popup.logUpdate')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The toolbar popup: who is waiting to hear from you, most overdue first. */
export function Popup({ items, error, onDraftUpdate, onLogUpdate, onOpenDashboard, attention, onOpenThread }: Props) {
  return (
    <main class="popup">
      <header>
        <h1>{i18n.t('popup.title')}</h1>
        <button type="button" onClick={onOpenDashboard}>
          {i18n.t('popup.allCases')}
        </button>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p class="muted">{i18n.t('popup.loading')}</p>}
      {items !== null && items.length === 0 && (
        <p class="muted" data-cr="popup-empty">
          {i18n.t('popup.empty')}
        </p>
      )}
      {items !== null && items.length > 0 && (
        <ul class="due-list" aria-label={i18n.t('popup.updatesDue')}>
          {items.map((item) => (
            <Row key={item.caseId} item={item} onDraftUpdate={onDraftUpdate} onLogUpdate={onLogUpdate} />
          ))}
        </ul>
      )}
      <TabAttention items={attention} onOpen={onOpenThread} />
    </main>
  );
}
