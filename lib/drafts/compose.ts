/** Plain-text building blocks every draft shares: greeting, signature, lists, and safe inlining of client text. */
import type { Settings } from '../settings/schema';
import { t } from './texts';
import type { DraftPeople } from './types';

/** Long quotes drown the point; a sentence of evidence is enough to show we listened. */
const MAX_INLINE = 200;

/**
 * Client- or user-supplied text as one tidy line: whitespace collapsed so a stray newline cannot break a
 * numbered list, trailing full stop dropped because the template supplies its own punctuation. Markup such as
 * `<script>` is kept as inert characters: the result only ever lands in a text field.
 */
export function inline(text: string | null | undefined, max = MAX_INLINE): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
  return cut.replace(/[.;,:!]+$/, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "we received", "our kitchen", "I expect": the client speaking, which from us would say the opposite. */
const CLIENT_VOICE = /\b(?:we|we're|we've|we'd|our|ours|us|i|i'm|i've|i'd|my|me)\b/i;

/**
 * An issue as one line of a list the client reads: our own summary ("Third launch date missed") as it
 * is, their own words ("For the second time in a row we received the wrong pallets") quoted, so that
 * "we" stays theirs.
 */
export function issueText(statement: string | null | undefined): string {
  const line = capitalise(inline(statement));
  if (!CLIENT_VOICE.test(line.replace(/[’]/g, "'"))) return line;
  // Quotes inside a quote turn single: “your team tells us ‘early next month’”.
  return `“${line.replace(/["“]([^"“”]*)["”]/g, '‘$1’')}”`;
}

export function greeting(people: DraftPeople): string {
  const name = inline(people.clientFirstName, 40);
  return name ? t('greeting.named', { name }) : t('greeting.anonymous');
}

/** Sign-off and name, or nothing when the mail client appends its own signature (no second one). */
export function signature(settings: Settings): string | null {
  if (settings.mailClientAddsSignature) return null;
  const signOff = inline(settings.signOff, 60);
  const name = inline(settings.userName, 80) || t('signature.nameMissing');
  return signOff ? `${signOff},\n${name}` : name;
}

export function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** Joins paragraphs with a blank line, skipping the ones a variant leaves out. */
export function paragraphs(blocks: (string | null | false | undefined)[]): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block.length > 0).join('\n\n');
}

/** A client letter: greeting, the content, signature. */
export function letter(people: DraftPeople, blocks: (string | null | false | undefined)[]): string {
  return paragraphs([greeting(people), ...blocks, signature(people.settings)]);
}
