import { i18n } from '#i18n';
import { expectedFlagRate } from '../../lib/dashboard/expected-flag-rate';
import { Field } from '../ui/Field';

interface Props {
  threshold: number;
  onChange(threshold: number): void;
}

/**
 * The slider reads as sensitivity (right = flags more), while the setting is the analyser's score
 * threshold (higher = flags less), so the two run in opposite directions.
 */
export function SensitivityField({ threshold, onChange }: Props) {
  const sensitivity = 100 - threshold;
  const rate = expectedFlagRate(threshold);
  return (
    <Field label={i18n.t('options.sensitivity.label')} hint={i18n.t('options.sensitivity.hint', [rate])}>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={sensitivity}
        aria-valuetext={i18n.t('options.sensitivity.valueText', [rate])}
        onInput={(e) => onChange(100 - Number(e.currentTarget.value))}
      />
    </Field>
  );
}
