/**
 * A whole letter put into a reply box that already holds text: the user's own "Hi Rui," or a line
 * they started, their signature or the quoted history below. The letter is set apart by a blank line
 * from what is before and after it, and drops its own greeting when the user has already greeted.
 */

/** A greeting line as people type it: "Hi Rui,", "Dear Ms Lindqvist", "Good morning all". */
const GREETING_LINE = String.raw`(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^\n.!?]{0,60}[,!]?`;
const GREETING = new RegExp(`^${GREETING_LINE}$`, 'i');
/** The letter's own first line when it is a greeting, with the blank lines after it. */
const LEADING_GREETING = new RegExp(String.raw`^${GREETING_LINE}[ \t]*\n+`, 'i');

export function isGreetingLine(line: string): boolean {
  return GREETING.test(line.trim());
}

export function fitLetter(letter: string, before: string, after: string): string {
  const typed = before.trim();
  // Only a greeting typed just before the caret, not one from a message quoted further up.
  const lastLine = typed.split('\n').pop() ?? '';
  let text = isGreetingLine(lastLine) ? letter.replace(LEADING_GREETING, '') : letter;
  if (typed !== '' && !/\n\s*$/.test(before)) text = `\n\n${text}`;
  if (after.trim() !== '' && !/^\s*\n/.test(after)) text = `${text}\n\n`;
  return text;
}
