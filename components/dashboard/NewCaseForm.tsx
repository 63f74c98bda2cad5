import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { createManualCase } from '../../lib/cases/open-case';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import type { ToneLevel } from '../../lib/tone/types';
import { updateCaseAndDue } from './case-writes';
import { SeverityField } from './SeverityField';
import { useDashboard } from './dashboard-context';

interface Props {
  onCreated(caseId: string): void;
  onCancel(): void;
}

/** A case opened by hand, typically straight after a phone call with an unhappy client. */
export function NewCaseForm({ onCreated, onCancel }: Props) {
  const { db, settings, now, run } = useDashboard();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<ToneLevel>('concerned');

  async function submit(e: Event) {
    e.preventDefault();
    const at = now();
    const caseId = await run(async () => {
      const { case: c } = await createManualCase(db, {
        client: { name: name.trim() || undefined, address: email.trim() || undefined },
        title: title.trim(),
        severity,
        now: at,
      });
      // The first update falls due by the listen-step cadence, counted from now in working time.
      await updateCaseAndDue(db, c.id, {}, settings.working, at);
      return c.id;
    });
    if (caseId) onCreated(caseId);
  }

  return (
    <form class="cr-card cr-stack" aria-label={i18n.t('dashboard.newCase.heading')} onSubmit={submit}>
      <h2>{i18n.t('dashboard.newCase.heading')}</h2>
      <div class="cr-row">
        <Field label={i18n.t('dashboard.newCase.clientName')}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label={i18n.t('dashboard.newCase.clientEmail')}>
          <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={i18n.t('dashboard.newCase.title')} hint={i18n.t('dashboard.newCase.titleHint')}>
        <input required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <SeverityField value={severity} onChange={setSeverity} />
      <div class="cr-row">
        <Button type="submit" variant="primary" disabled={!title.trim() || (!name.trim() && !email.trim())}>
          {i18n.t('dashboard.newCase.open')}
        </Button>
        <Button onClick={onCancel}>{i18n.t('dashboard.newCase.cancel')}</Button>
      </div>
    </form>
  );
}
