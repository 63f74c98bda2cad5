import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../ui/Button';

interface Props {
  heading: string;
  /** The `data-cr` name browser tests and focus moves find the panel by. */
  name: string;
  /** The draft from the case now: built when shown, and again only when the user asks. */
  build(): string;
  onClose(): void;
  /** What to say once copied: what to do with it next. */
  copiedText: string;
  /** More ways to use the draft, beside Copy (a link that opens it in the mail app). */
  children?: (text: string) => ComponentChildren;
}

/**
 * A draft the user edits as plain text and copies into their mail. Built once when shown, so live
 * case changes never wipe their edits; "Rebuild from the case" starts again. Escape or Close ends it.
 */
export function DraftPanel({ heading, name, build, onClose, copiedText, children }: Props) {
  const [text, setText] = useState(build);
  const [built, setBuilt] = useState(0);
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  // A fresh draft opens at its greeting: the caret of a value set from code sits at its end, and focusing
  // the box scrolled "Hi Daniel," out of sight.
  useLayoutEffect(() => {
    box.current?.setSelectionRange(0, 0);
    if (box.current) box.current.scrollTop = 0;
  }, [built]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copiedText);
    } catch {
      setStatus(i18n.t('dashboard.statusDraft.noClipboard'));
    }
  }

  return (
    <section
      class="cr-card cr-stack"
      aria-label={heading}
      data-cr={name}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2>{heading}</h2>
      <textarea ref={box} aria-label={heading} rows={14} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="cr-row">
        <Button variant="primary" onClick={copy} disabled={!text}>
          {i18n.t('dashboard.statusDraft.copy')}
        </Button>
        {children?.(text)}
        <Button
          onClick={() => {
            setText(build());
            setBuilt((n) => n + 1);
          }}
        >
          {i18n.t('dashboard.statusDraft.rebuild')}
        </Button>
        <Button variant="quiet" onClick={onClose}>
          {i18n.t('dashboard.statusDraft.close')}
        </Button>
      </div>
      {status && (
        <p role="status" class="cr-muted">
          {status}
        </p>
      )}
    </section>
  );
}
