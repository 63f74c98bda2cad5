import { i18n } from '../../lib/content/page-i18n';
import { useEffect, useState } from 'preact/hooks';
import type { DraftOption } from '../../lib/content/sidebar-state';
import type { InsertOutcome } from '../../lib/content/controller';
import { errorMessage } from '../../lib/error-message';

interface Props {
  options: DraftOption[];
  /** The draft shown first; the first option when absent or not among the options. */
  initial?: string;
  loadDraft(id: string): Promise<string>;
  onInsert(text: string, id: string): Promise<InsertOutcome | void>;
  /** Shown after inserting a status update, so the clock resets only when the user says it went out. */
  onLogUpdate?: (text: string, updateId: string) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** A listen-first draft the user reads and edits before it goes into the reply box. */
export function DraftPanel({ options, initial, loadDraft, onInsert, onLogUpdate }: Props) {
  const [selected, setSelected] = useState(options.find((o) => o.id === initial)?.id ?? options[0]?.id ?? '');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The id of the update being offered for logging: new for each insert, kept across retries of one.
  const [offerLog, setOfferLog] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setOfferLog(null);
    loadDraft(selected).then(
      (draft) => live && setText(draft),
      (error: unknown) => live && setStatus({ kind: 'error', text: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [selected, loadDraft]);

  async function insert() {
    setStatus({ kind: 'busy' });
    try {
      const outcome = await onInsert(text, selected);
      setStatus({ kind: 'done', text: outcome === 'already' ? i18n.t('sidebar.draft.alreadyInserted') : i18n.t('sidebar.draft.inserted') });
      setOfferLog(selected === 'status-update' && onLogUpdate ? crypto.randomUUID() : null);
    } catch (error) {
      setStatus({
        kind: 'error',
        text: i18n.t('sidebar.draft.insertFailed', [errorMessage(error)]),
      });
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'done', text: i18n.t('sidebar.draft.copied') });
    } catch {
      setStatus({ kind: 'error', text: i18n.t('sidebar.draft.noClipboard') });
    }
  }

  async function logUpdate() {
    if (!onLogUpdate || !offerLog) return;
    setStatus({ kind: 'busy' });
    try {
      await onLogUpdate(text, offerLog);
      setOfferLog(null);
      setStatus({ kind: 'done', text: i18n.t('sidebar.draft.logged') });
    } catch (error) {
      // The button stays, with the same update id: retrying cannot log the update twice.
      setStatus({ kind: 'error', text: i18n.t('sidebar.draft.logFailed', [errorMessage(error)]) });
    }
  }

  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.draft.label')}>
      <div class="cr-row">
        <label class="cr-label">
          {i18n.t('sidebar.draft.draft')}{' '}
          <select value={selected} onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        class="cr-draft"
        aria-label={i18n.t('sidebar.draft.text')}
        value={text}
        rows={10}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="cr-row">
        <button type="button" class="cr-btn cr-btn-primary" disabled={status.kind === 'busy' || !text} onClick={insert}>
          {i18n.t('sidebar.draft.insert')}
        </button>
        <button type="button" class="cr-btn" disabled={!text} onClick={copy}>
          {i18n.t('sidebar.draft.copy')}
        </button>
        {offerLog && (
          <button type="button" class="cr-btn" disabled={status.kind === 'busy'} onClick={logUpdate}>
            {i18n.t('sidebar.draft.logUpdate')}
          </button>
        )}
      </div>
      {(status.kind === 'done' || status.kind === 'error') && (
        <p class={status.kind === 'error' ? 'cr-error' : 'cr-muted'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
