import { useState } from 'preact/hooks';

interface Props {
  value: string;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  /** A field that cannot be empty (an issue, an action, a title): clearing it and leaving keeps what was saved. */
  required?: boolean;
  /** Called once per edit, when the user leaves the field or presses Enter, and only if it changed. */
  onCommit(value: string): void;
}

/**
 * A text field over a live record. While focused it shows the user's own typing, so a live re-query
 * caused by some other change cannot overwrite half-typed text; it saves on commit, not per key.
 * Escape puts back what was saved.
 */
export function EditableText({ value, label, multiline, placeholder, required, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value && !(required && !draft.trim())) onCommit(draft);
    setDraft(null);
  };
  const revert = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || draft === null || draft === value) return;
    // Escape undoes the edit, and only that: it does not also close what the field sits in.
    e.preventDefault();
    e.stopPropagation();
    setDraft(value);
  };
  const common = {
    'aria-label': label,
    placeholder,
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement).value),
    onBlur: commit,
    'aria-required': required,
  };
  return multiline ? (
    <textarea rows={2} {...common} onKeyDown={revert} />
  ) : (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else revert(e);
      }}
    />
  );
}
