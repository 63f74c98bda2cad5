import { i18n } from '../../lib/content/page-i18n';
import { useState } from 'preact/hooks';
import type { ReplyAdvice } from '../../lib/content/reply-advice';
import { DraftPanel } from './DraftPanel';

type Props = Parameters<typeof DraftPanel>[0] & { advice: ReplyAdvice };

/**
 * The reply draft, as the message calls for it: the listen-first draft (or, on a case, the status
 * update) where a rescue reply fits; one line and a button where the message reads calm or was not
 * scored, so an apology for a problem nobody raised is never one click away. Keyed by message, so
 * "Draft a reply anyway" holds for the message it was chosen on.
 */
export function ReplyPanel({ advice, ...panel }: Props) {
  const [anyway, setAnyway] = useState(false);
  if (advice.kind === 'suggest') return <DraftPanel {...panel} initial={advice.draftId} />;
  if (anyway) return <DraftPanel {...panel} />;
  return (
    <section class="cr-card" aria-label={i18n.t('sidebar.draft.label')} data-cr="draft-quiet" data-advice={advice.kind}>
      <div class="cr-row cr-quiet-reply">
        <p class="cr-muted">{advice.kind === 'calm' ? i18n.t('sidebar.draft.calm') : i18n.t('sidebar.draft.unscored')}</p>
        <button type="button" class="cr-btn" onClick={() => setAnyway(true)}>
          {i18n.t('sidebar.draft.anyway')}
        </button>
      </div>
    </section>
  );
}
