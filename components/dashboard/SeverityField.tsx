import { i18n } from '#i18n';
import type { ToneLevel } from '../../lib/tone/types';
import { LEVEL_LABEL } from '../../lib/dashboard/labels';
import { Field } from '../ui/Field';

/** Mildest first, as the sidebar's levels run. */
const LEVELS = Object.keys(LEVEL_LABEL) as ToneLevel[];

interface Props {
  value: ToneLevel;
  onChange(level: ToneLevel): void;
}

/**
 * How upset the client is, as the user judges it: a case opened by hand after a call has no message
 * to score, and a case's level read from mail can be wrong either way. A later, angrier message still
 * raises it (lib/cases/open-case.ts).
 */
export function SeverityField({ value, onChange }: Props) {
  return (
    <Field label={i18n.t('dashboard.case.severity')}>
      <select class={`cr-level-${value}`} value={value} onChange={(e) => onChange(e.currentTarget.value as ToneLevel)}>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {LEVEL_LABEL[level]}
          </option>
        ))}
      </select>
    </Field>
  );
}
