import { useState } from 'preact/hooks';
import { dayToIso, isoToDay } from '../../lib/dashboard/format';

interface Props {
  /** The stored instant (a picked day is stored as noon UTC, lib/dashboard/format.ts), or none. */
  value: string | null | undefined;
  /** Called once per edit, when the user leaves the field or presses Enter, and only if the day changed. */
  onCommit(value: string | null): void;
}

interface Draft {
  day: string;
  /** A date half typed ("12/04/yyyy"): the input's value is then "" without the user clearing it. */
  partial: boolean;
}

/**
 * A date field over a live record. Saving on every change saved each step of a date typed digit by
 * digit: the year 0002, then 0020, each a valid date to the input. It saves when the user is done,
 * and a day that cannot be meant (a half-typed one, year 0026) leaves the saved day as it was.
 */
export function DayField({ value, onCommit }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const saved = isoToDay(value);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.partial || draft.day === saved) return;
    if (draft.day === '') return onCommit(null);
    const iso = dayToIso(draft.day);
    if (iso) onCommit(iso);
  };
  return (
    <input
      type="date"
      value={draft?.day ?? saved}
      onFocus={() => setDraft({ day: saved, partial: false })}
      onInput={(e) => setDraft({ day: e.currentTarget.value, partial: e.currentTarget.validity.badInput })}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape' && draft) {
          e.preventDefault();
          setDraft({ day: saved, partial: false });
        }
      }}
    />
  );
}
