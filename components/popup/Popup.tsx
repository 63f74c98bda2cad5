import { useState } from 'preact/hooks';

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
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

function Row({ item, onDraftUpdate, onLogUpdate }: { item: DueItem } & Pick<Props, 'onDraftUpdate' | 'onLogUpdate'>) {
  const [logging, setLogging] = useState(false);
  const [summary, setSummary] = useState('');
  return (
    <li class={`due due-${item.status}`} data-cr="due-case">
      <div class="due-head">
        <strong>{item.clientName}</strong>
        <span class="due-when">
          {item.status === 'overdue' ? `overdue since ${when(item.dueAt)}` : `due ${when(item.dueAt)}`}
        </span>
      </div>
      <div class="due-title">{item.title}</div>
      {logging ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await onLogUpdate(item.caseId, summary.trim() || 'Status update sent');
            setLogging(false);
          }}
        >
          <input
            aria-label="What you told the client"
            placeholder="What you told the client"
            value={summary}
            onInput={(e) => setSummary((e.currentTarget as HTMLInputElement).value)}
            ref={(el) => el?.focus()}
          />
          <button type="submit">Save</button>
        </form>
      ) : (
        <div class="due-actions">
          <button type="button" onClick={() => onDraftUpdate(item.caseId)}>
            Draft update
          </button>
          <button type="button" onClick={() => setLogging(true)}>
            Log update
          </button>
        </div>
      )}
    </li>
  );
}

/** The toolbar popup: who is waiting to hear from you, most overdue first. */
export function Popup({ items, error, onDraftUpdate, onLogUpdate, onOpenDashboard }: Props) {
  return (
    <main class="popup">
      <header>
        <h1>Client Rescue</h1>
        <button type="button" onClick={onOpenDashboard}>
          All cases
        </button>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p class="muted">Loading…</p>}
      {items !== null && items.length === 0 && (
        <p class="muted" data-cr="popup-empty">
          No client is waiting for an update. Flagged messages and open cases show up here when an update falls due.
        </p>
      )}
      {items !== null && items.length > 0 && (
        <ul class="due-list" aria-label="Updates due">
          {items.map((item) => (
            <Row key={item.caseId} item={item} onDraftUpdate={onDraftUpdate} onLogUpdate={onLogUpdate} />
          ))}
        </ul>
      )}
    </main>
  );
}
