import { useEffect, useState } from 'preact/hooks';

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
 * Escape puts back what was saved. Closing or leaving the tab does not blur the field, so the edit is
 * also saved when the page is hidden: text typed and left there is not lost with the tab.
 */
export function EditableText({ value, label, multiline, placeholder, required, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft !== value && !(required && !draft.trim())) onCommit(draft);
  };
  const commit = () => {
    save();
    setDraft(null);
  };
  useEffect(() => {
    if (draft === null || draft === value) return;
    // Saved, but the user keeps typing in the same field when they come back.
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  });
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
