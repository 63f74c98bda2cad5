import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  hint?: string;
  /** Checkboxes read better with the label beside them. */
  inline?: boolean;
  children: ComponentChildren;
}

/** A label wrapping its control, so the control's accessible name is the label text. */
export function Field({ label, hint, inline, children }: Props) {
  return (
    <label class={inline ? 'cr-field cr-field-inline' : 'cr-field'}>
      {inline && children}
      <span class="cr-field-label">{label}</span>
      {!inline && children}
      {hint && <span class="cr-field-hint">{hint}</span>}
    </label>
  );
}
