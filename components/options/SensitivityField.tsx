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
    <Field label="Flag sensitivity" hint={`Flags about ${rate} of 100 ordinary messages.`}>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={sensitivity}
        aria-valuetext={`Flags about ${rate} of 100 ordinary messages`}
        onInput={(e) => onChange(100 - Number(e.currentTarget.value))}
      />
    </Field>
  );
}
