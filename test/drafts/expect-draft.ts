/** Assertions shared by every draft kind's tests. */
import { expect } from 'vitest';
import { coachReply } from '../../lib/drafts/coach';
import type { Draft } from '../../lib/drafts/types';

/** Properties every generated draft must have, whatever its kind. */
export function expectWellFormed(draft: Draft): void {
  const text = [draft.subject ?? '', draft.body].join('\n');
  expect(text).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|Invalid Date|\[object Object\]/);
  // No template slot left unfilled; user-supplied facts only as closed, one-line `[…]` placeholders.
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text.replace(/\[[^[\]\n]+\]/g, '')).not.toMatch(/[[\]]/);
  // Plain text: no markup is built (the fixtures carry none, so any tag would be ours).
  expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s/>]/i);
  expect(draft.body).not.toMatch(/\n{3,}/);
  expect(draft.body.trim()).toBe(draft.body);
  const toneFindings = coachReply(draft.body).filter((f) => ['excuse', 'defensive', 'blame', 'overpromise'].includes(f.kind));
  expect(toneFindings).toEqual([]);
}

/** The text placeholders in a draft, e.g. ["[date]", "[your name]"]. */
export function placeholders(text: string): string[] {
  return text.match(/\[[^[\]\n]+\]/g) ?? [];
}
