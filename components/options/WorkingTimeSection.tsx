import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { WorkingTime } from '../../lib/settings/schema';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';

interface Props {
  working: WorkingTime;
  onChange(working: WorkingTime): void;
}

// Monday first, as most working weeks are written; values are JavaScript's 0 = Sunday.
const DAYS: [number, () => string][] = [
  [1, () => i18n.t('options.workingTime.monday')],
  [2, () => i18n.t('options.workingTime.tuesday')],
  [3, () => i18n.t('options.workingTime.wednesday')],
  [4, () => i18n.t('options.workingTime.thursday')],
  [5, () => i18n.t('options.workingTime.friday')],
  [6, () => i18n.t('options.workingTime.saturday')],
  [0, () => i18n.t('options.workingTime.sunday')],
];

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Update reminders count only this time: nights, weekends and holidays do not make a case overdue. */
export function WorkingTimeSection({ working, onChange }: Props) {
  const [holiday, setHoliday] = useState('');
  const set = (patch: Partial<WorkingTime>) => onChange({ ...working, ...patch });
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  function toggleDay(day: number, on: boolean) {
    const days = on ? [...working.days, day] : working.days.filter((d) => d !== day);
    set({ days: [...new Set(days)].sort() });
  }

  function addHoliday() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) return;
    set({ holidays: [...new Set([...working.holidays, holiday])].sort() });
    setHoliday('');
  }

  return (
    <section class="cr-card" aria-labelledby="working-time">
      <h2 id="working-time">{i18n.t('options.workingTime.heading')}</h2>
      <p class="cr-muted">{i18n.t('options.workingTime.intro')}</p>
      <fieldset class="cr-row">
        <legend class="cr-field-label">{i18n.t('options.workingTime.days')}</legend>
        {DAYS.map(([day, name]) => (
          <Field key={day} label={name()} inline>
            <input
              type="checkbox"
              checked={working.days.includes(day)}
              onChange={(e) => toggleDay(day, e.currentTarget.checked)}
            />
          </Field>
        ))}
      </fieldset>
      <div class="cr-row">
        <Field label={i18n.t('options.workingTime.start')}>
          <input type="time" value={working.start} onChange={(e) => e.currentTarget.value && set({ start: e.currentTarget.value })} />
        </Field>
        <Field label={i18n.t('options.workingTime.end')}>
          <input type="time" value={working.end} onChange={(e) => e.currentTarget.value && set({ end: e.currentTarget.value })} />
        </Field>
        <Field label={i18n.t('options.workingTime.timeZone')}>
          <select value={working.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })}>
            <option value="">{i18n.t('options.workingTime.browserZone', [browserZone])}</option>
            {timeZones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <h3>{i18n.t('options.workingTime.holidays')}</h3>
      {working.holidays.length === 0 ? (
        <p class="cr-muted">{i18n.t('options.workingTime.noHolidays')}</p>
      ) : (
        <ul>
          {working.holidays.map((d) => (
            <li key={d} class="cr-row">
              <span>{d}</span>
              <Button
                variant="quiet"
                aria-label={i18n.t('options.workingTime.removeHoliday', [d])}
                onClick={() => set({ holidays: working.holidays.filter((h) => h !== d) })}
              >
                {i18n.t('options.workingTime.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div class="cr-row">
        <Field label={i18n.t('options.workingTime.addHolidayLabel')}>
          <input type="date" value={holiday} onInput={(e) => setHoliday(e.currentTarget.value)} />
        </Field>
        <Button onClick={addHoliday} disabled={!holiday}>
          {i18n.t('options.workingTime.addHoliday')}
        </Button>
      </div>
    </section>
  );
}
