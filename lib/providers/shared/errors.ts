/** A required part of the page was not found: thrown inside adapters, turned into a state at the boundary. */
import type { PagePart, ProviderResult } from '../types';

export class SelectorMissError extends Error {
  constructor(
    readonly part: PagePart,
    detail = '',
  ) {
    super(`${part} not found${detail ? `: ${detail}` : ''}`);
    this.name = 'SelectorMissError';
  }
}

const PART_WORDS: Record<PagePart, string> = {
  main: 'main view',
  thread: 'open conversation',
  subject: 'subject',
  message: 'message',
  sender: 'sender',
  body: 'message body',
  user: 'your address',
  list: 'message list',
  row: 'list rows',
  compose: 'reply box',
  'reply-control': 'reply button',
  mount: 'sidebar column',
};

/** "Gmail's layout changed: sender and message body not found" */
export function layoutChangedMessage(label: string, missing: PagePart[]): string {
  const words = missing.map((p) => PART_WORDS[p]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  return `${label}'s layout changed: ${list} not found`;
}

/**
 * Run a read; a SelectorMissError becomes a clear "layout changed" state naming every missing part
 * (`moreMissing` lets the adapter add parts the failing read never got to).
 */
export function atBoundary<T>(label: string, read: () => T, moreMissing: () => PagePart[] = () => []): ProviderResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof SelectorMissError)) throw error;
    const missing = [error.part, ...moreMissing().filter((p) => p !== error.part)];
    return { ok: false, missing, message: layoutChangedMessage(label, missing) };
  }
}
