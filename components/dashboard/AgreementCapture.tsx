import type { ClientCommitment } from '../../lib/cases/types';
import { dayToIso, isoToDay } from '../../lib/dashboard/format';
import { Field } from '../ui/Field';
import { EditableText } from './EditableText';

interface Props {
  agreedAt: string | null;
  commitment: ClientCommitment | null;
  onAgreedAt(iso: string | null): void;
  onCommitment(commitment: { text: string; status: ClientCommitment['status'] }): void;
}

const STATUS_LABEL: Record<ClientCommitment['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  fulfilled: 'Fulfilled',
  declined: 'Declined',
};

/** The client's yes to the issue list, and what they will do once it is fixed. */
export function AgreementCapture({ agreedAt, commitment, onAgreedAt, onCommitment }: Props) {
  const status = commitment?.status ?? 'proposed';
  return (
    <section class="cr-card cr-stack" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <Field label="Client agreed to the issue list on">
        <input type="date" value={isoToDay(agreedAt)} onChange={(e) => onAgreedAt(dayToIso(e.currentTarget.value))} />
      </Field>
      <Field label="Client's commitment once the issues are fixed" hint="Pay invoice 4411, give a referral, renew the contract…">
        <EditableText
          label="Client's commitment"
          multiline
          value={commitment?.text ?? ''}
          onCommit={(text) => onCommitment({ text, status })}
        />
      </Field>
      <Field label="Commitment status">
        <select
          value={status}
          onChange={(e) =>
            onCommitment({ text: commitment?.text ?? '', status: e.currentTarget.value as ClientCommitment['status'] })
          }
        >
          {(Object.keys(STATUS_LABEL) as ClientCommitment['status'][]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
