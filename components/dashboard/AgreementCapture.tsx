import { i18n } from '#i18n';
import type { ClientCommitment } from '../../lib/cases/types';
import { DayField } from './DayField';
import { Field } from '../ui/Field';
import { EditableText } from './EditableText';

interface Props {
  agreedAt: string | null;
  commitment: ClientCommitment | null;
  onAgreedAt(iso: string | null): void;
  /** Only what changed: the text, or the status. */
  onCommitment(change: Partial<Pick<ClientCommitment, 'text' | 'status'>>): void;
}

const STATUS_LABEL: Record<ClientCommitment['status'], () => string> = {
  proposed: () => i18n.t('dashboard.agreement.proposed'),
  agreed: () => i18n.t('dashboard.agreement.agreed'),
  fulfilled: () => i18n.t('dashboard.agreement.fulfilled'),
  declined: () => i18n.t('dashboard.agreement.declined'),
};

/** The client's yes to the issue list, and what they will do once it is fixed. */
export function AgreementCapture({ agreedAt, commitment, onAgreedAt, onCommitment }: Props) {
  const status = commitment?.status ?? 'proposed';
  return (
    <section class="cr-card cr-stack" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{i18n.t('dashboard.agreement.heading')}</h2>
      <Field label={i18n.t('dashboard.agreement.agreedOn')}>
        <DayField value={agreedAt} onCommit={onAgreedAt} />
      </Field>
      <Field label={i18n.t('dashboard.agreement.commitment')} hint={i18n.t('dashboard.agreement.commitmentHint')}>
        <EditableText
          label={i18n.t('dashboard.agreement.commitmentText')}
          multiline
          value={commitment?.text ?? ''}
          onCommit={(text) => onCommitment({ text })}
        />
      </Field>
      <Field label={i18n.t('dashboard.agreement.commitmentStatus')}>
        <select
          value={status}
          onChange={(e) => onCommitment({ status: e.currentTarget.value as ClientCommitment['status'] })}
        >
          {(Object.keys(STATUS_LABEL) as ClientCommitment['status'][]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]()}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
