import { useState } from 'preact/hooks';

interface Props {
  value: string;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  /** Called once per edit, when the user leaves the field or presses Enter, and only if it changed. */
  onCommit(value: string): void;
}

/**
 * A text field over a live record. While focused it shows the user's own typing, so a live re-query
 * caused by some other change cannot overwrite half-typed text; it saves on commit, not per key.
 */
export function EditableText({ value, label, multiline, placeholder, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    'aria-label': label,
    placeholder,
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement).value),
    onBlur: commit,
  };
  return multiline ? (
    <textarea rows={2} {...common} />
  ) : (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
