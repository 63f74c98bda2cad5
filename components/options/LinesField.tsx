import { useEffect, useState } from 'preact/hooks';
import { Field } from '../ui/Field';

interface Props {
  label: string;
  hint?: string;
  values: string[];
  onChange(values: string[]): void;
}

function parseLines(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((l) => l.trim().toLowerCase()).filter(Boolean))];
}

/**
 * A list edited as one entry per line. The raw text is kept locally so a half-typed line or a
 * fresh empty line is not swallowed by the parse-and-render round trip.
 */
export function LinesField({ label, hint, values, onChange }: Props) {
  const [text, setText] = useState(values.join('\n'));
  useEffect(() => {
    if (parseLines(text).join('\n') !== values.join('\n')) setText(values.join('\n'));
    // Deliberately keyed on `values` only: outside changes reset the text, the user's own typing does not.
  }, [values]);
  return (
    <Field label={label} hint={hint}>
      <textarea
        rows={4}
        value={text}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          onChange(parseLines(next));
        }}
      />
    </Field>
  );
}
