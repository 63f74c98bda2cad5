import { useState } from 'preact/hooks';
import type { WorkingTime } from '../../lib/settings/schema';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';

interface Props {
  working: WorkingTime;
  onChange(working: WorkingTime): void;
}

// Monday first, as most working weeks are written; values are JavaScript's 0 = Sunday.
const DAYS: [number, string][] = [
  [1, 'Monday'], [2, 'Tuesday'], [3, 'Wednesday'], [4, 'Thursday'], [5, 'Friday'], [6, 'Saturday'], [0, 'Sunday'],
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
      <h2 id="working-time">Working time</h2>
      <p class="cr-muted">Update reminders count working time only: nights, weekends and holidays don't count.</p>
      <fieldset class="cr-row">
        <legend class="cr-field-label">Working days</legend>
        {DAYS.map(([day, name]) => (
          <Field key={day} label={name} inline>
            <input
              type="checkbox"
              checked={working.days.includes(day)}
              onChange={(e) => toggleDay(day, e.currentTarget.checked)}
            />
          </Field>
        ))}
      </fieldset>
      <div class="cr-row">
        <Field label="Start">
          <input type="time" value={working.start} onChange={(e) => e.currentTarget.value && set({ start: e.currentTarget.value })} />
        </Field>
        <Field label="End">
          <input type="time" value={working.end} onChange={(e) => e.currentTarget.value && set({ end: e.currentTarget.value })} />
        </Field>
        <Field label="Time zone">
          <select value={working.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })}>
            <option value="">This browser's ({browserZone})</option>
            {timeZones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <h3>Holidays</h3>
      {working.holidays.length === 0 ? (
        <p class="cr-muted">No holidays.</p>
      ) : (
        <ul>
          {working.holidays.map((d) => (
            <li key={d} class="cr-row">
              <span>{d}</span>
              <Button
                variant="quiet"
                aria-label={`Remove holiday ${d}`}
                onClick={() => set({ holidays: working.holidays.filter((h) => h !== d) })}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div class="cr-row">
        <Field label="Add a holiday">
          <input type="date" value={holiday} onInput={(e) => setHoliday(e.currentTarget.value)} />
        </Field>
        <Button onClick={addHoliday} disabled={!holiday}>
          Add holiday
        </Button>
      </div>
    </section>
  );
}
