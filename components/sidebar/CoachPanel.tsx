import type { CoachFinding } from '../../lib/drafts/types';

const KIND_LABEL: Record<CoachFinding['kind'], string> = {
  excuse: 'Excuse',
  defensive: 'Defensive',
  blame: 'Blame',
  'no-acknowledgement': 'No acknowledgement',
  'unanswered-issue': 'Issue not answered',
  'no-date': 'No date',
  overpromise: 'Overpromise',
};

/** Checks the user's own reply against the client's issues while they write it. */
export function CoachPanel({ findings }: { findings: CoachFinding[] | null }) {
  if (findings === null) return null;
  return (
    <section class="cr-card" aria-label="Reply coach" data-cr="coach" aria-live="polite">
      <h3>Your reply</h3>
      {findings.length === 0 ? (
        <p class="cr-muted" data-cr="coach-ok">
          Listens, owns it and answers every issue. Good to send once you have read it through.
        </p>
      ) : (
        <ul class="cr-findings">
          {findings.map((f, i) => (
            <li key={`${f.kind}-${f.start ?? i}`} data-cr="coach-finding" data-kind={f.kind}>
              <strong>{KIND_LABEL[f.kind]}</strong>
              {f.phrase && <mark> “{f.phrase}”</mark>}
              <div>{f.why}</div>
              <div class="cr-muted">{f.suggestion}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
